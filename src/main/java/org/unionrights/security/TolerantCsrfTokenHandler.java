package org.unionrights.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The default CSRF token handler, except that a forged token which does not even decode is
 * treated as a wrong token (403, or a stale public form) instead of failing with a 500.
 */
class TolerantCsrfTokenHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		try {
			return delegate.resolveCsrfTokenValue(request, csrfToken);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
