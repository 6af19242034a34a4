package org.unionrights.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The default CSRF token handler, except that a forged token which does not even decode is
 * treated as a wrong token (403, or a stale public form) instead of failing with a 500.
 */
class TolerantCsrfTokenHandler extends XorCsrfTokenRequestAttributeHandler {

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		try {
			return super.resolveCsrfTokenValue(request, csrfToken);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
