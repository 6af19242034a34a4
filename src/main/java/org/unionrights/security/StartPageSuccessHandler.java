package org.unionrights.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to the page of a form kept when the session ended ({@link KeptForm}), else
 * to the page that asked for it, otherwise to the role's start page.
 */
class StartPageSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginAttempts loginAttempts;

	private final LoginThrottle throttle;

	StartPageSuccessHandler(LoginAttempts loginAttempts, LoginThrottle throttle) {
		this.loginAttempts = loginAttempts;
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.loginAttempts.succeeded(authentication.getName());
		this.throttle.succeeded(authentication.getName());
		LastUser.remember(request, response, authentication.getName());
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(KeptForm.ATTRIBUTE) instanceof KeptForm kept) {
			if (kept.typedBy().equals(authentication.getName())) {
				// Back to the form that was sent after the session ended, to put back what was typed.
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, kept.page());
				return;
			}
			// Someone else signs in on this browser: what another person typed is not theirs to see.
			session.removeAttribute(KeptForm.ATTRIBUTE);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		return startPage(authentication);
	}

	static String startPage(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			return user.getRole().startPage();
		}
		return "/";
	}

}
