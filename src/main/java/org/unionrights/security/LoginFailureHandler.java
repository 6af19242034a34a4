package org.unionrights.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts a wrong password against the account and tells the login page why it failed: a wrong
 * password is just wrong; that an account is locked or disabled is said only after the right
 * password ({@link SecurityConfiguration#authenticationProvider}). The user name typed is kept
 * for the next try.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String LAST_USERNAME = "portal.login.username";

	private final LoginAttempts loginAttempts;

	private final LoginThrottle throttle;

	LoginFailureHandler(LoginAttempts loginAttempts, LoginThrottle throttle) {
		this.loginAttempts = loginAttempts;
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		String reason = "error";
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		else if (exception instanceof BadCredentialsException) {
			// Counted for the account and the address; past the account's limit its next try asks
			// a sum first, whoever makes it, and the right password still signs its holder in.
			this.throttle.failed(request, username);
			if (username != null && !username.isBlank()) {
				this.loginAttempts.failed(username);
			}
		}
		if (username != null && username.length() <= 64) {
			request.getSession().setAttribute(LAST_USERNAME, username);
		}
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

}
