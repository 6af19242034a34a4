package org.unionrights.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A worker's form sent after its CSRF token expired (a phone left open for an hour on a weak
 * signal) is not thrown away: the request is forwarded to the same address marked stale, and the
 * page shows the form again with everything typed and a fresh token. Nothing is saved from a
 * stale form. Only the public forms under {@code /help/} are treated so; elsewhere a stale form
 * gets the 403 page.
 */
public final class StaleForms implements AccessDeniedHandler {

	/** Set on a forwarded stale request; controllers re-show the form instead of saving. */
	public static final String ATTRIBUTE = "portal.staleForm";

	private final AccessDeniedHandler fallback = new AccessDeniedHandlerImpl();

	/** Whether this request is a stale form forwarded back to its page. */
	public static boolean isStale(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) != null;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && path.startsWith("/help/")
				&& request.getAttribute(ATTRIBUTE) == null) {
			request.setAttribute(ATTRIBUTE, Boolean.TRUE);
			request.getRequestDispatcher(path).forward(request, response);
			return;
		}
		fallback.handle(request, response, denied);
	}

}
