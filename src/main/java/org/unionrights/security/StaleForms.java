package org.unionrights.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after its CSRF token expired is not thrown away, and nothing is saved from it.
 * A worker's (a phone left open for an hour on a weak signal): the request is forwarded to the
 * same address marked stale, and the page shows the form again with everything typed and a fresh
 * token. Staff's (the session expired, or they signed out in another tab): what was typed is kept
 * ({@link KeptForm}), they sign in (again) and land on the page the form was on, the form filled
 * in as they left it. Only a form sent from this portal's pages, by a browser that had a session
 * and whose last user is known ({@link LastUser}), of a size a form has, is kept, and it is put
 * back only for that user. Any other refusal gets the 403 page.
 */
public final class StaleForms implements AccessDeniedHandler {

	/** Where staff pages and their forms are. */
	static final java.util.List<String> STAFF_AREAS = java.util.List.of("/cases/", "/triage/", "/intake/", "/admin/",
			"/workspace/", "/ledger", "/enterprises", "/contracts", "/groups");

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
		if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && isStaffForm(path)) {
			Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = signedIn == null || !signedIn.isAuthenticated()
					|| signedIn instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
			String typedBy = anonymous ? LastUser.of(request) : signedIn.getName();
			KeptForm kept = typedBy != null && sentFromThisPortal(request) && request.getRequestedSessionId() != null
					&& isForm(request) ? KeptForm.of(request, pageOf(request, path), path, typedBy) : null;
			if (kept != null) {
				request.getSession(true).setAttribute(KeptForm.ATTRIBUTE, kept);
				String next = request.getContextPath() + (anonymous ? "/login?kept" : kept.page());
				if ("true".equals(request.getHeader("HX-Request"))) {
					// Sent by htmx: the whole page goes, to the login and back to the form, filled in.
					response.setHeader("HX-Redirect", next);
					response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				}
				else {
					response.sendRedirect(next);
				}
				return;
			}
		}
		fallback.handle(request, response, denied);
	}

	/**
	 * Whether the form was sent from one of this portal's pages (its Origin, else its Referer):
	 * another site's post is refused, never kept to be put in front of the user.
	 */
	private static boolean sentFromThisPortal(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		String sender = origin != null ? origin : request.getHeader("Referer");
		if (sender == null) {
			return false;
		}
		try {
			java.net.URI uri = java.net.URI.create(sender);
			return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** A form's body (a text form or one with files), not too large to keep in a session. */
	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return (type == null || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))
				&& KeptForm.fits(request);
	}

	/** A staff page's form: everything signed in but the log-in and log-out themselves. */
	private static boolean isStaffForm(String path) {
		return !path.startsWith("/help/") && !path.equals("/login") && !path.equals("/logout")
				&& STAFF_AREAS.stream().anyMatch(path::startsWith);
	}

	/**
	 * The page the form was on: the page that sent it (the Referer, when it is this portal's), else
	 * the address one level up ({@code /cases/AJ-1/entries} was sent from {@code /cases/AJ-1}).
	 */
	static String pageOf(HttpServletRequest request, String path) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				java.net.URI uri = java.net.URI.create(referer);
				String refererPath = uri.getRawPath();
				if (refererPath != null && refererPath.startsWith(request.getContextPath() + "/")) {
					String page = refererPath.substring(request.getContextPath().length());
					if (STAFF_AREAS.stream().anyMatch(page::startsWith)) {
						return page;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// Not an address: fall back to the form's own.
			}
		}
		int last = path.lastIndexOf('/');
		return last > 0 ? path.substring(0, last) : path;
	}

}
