package org.unionrights.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Someone not signed in (or whose session ended) asks for a staff page: the login page. A part of
 * a page that htmx asks for would otherwise receive the login page inside the list it was
 * refreshing, so htmx is told to load the login page as a whole page instead.
 */
class SignInFirst implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint loginPage;

	private final String loginPath;

	SignInFirst(String loginPath) {
		this.loginPath = loginPath;
		this.loginPage = new LoginUrlAuthenticationEntryPoint(loginPath);
		// "/login", not "http://<whatever the Host header said>/login".
		this.loginPage.setFavorRelativeUris(true);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException, ServletException {
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", request.getContextPath() + loginPath);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		loginPage.commence(request, response, failure);
	}

}
