package org.unionrights.security;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * Who last signed in on this browser (a cookie set at login), so that a form sent after their
 * session ended is kept for them and put back only for them ({@link KeptForm}). It grants nothing:
 * the form still waits for that person's password.
 */
final class LastUser {

	static final String COOKIE = "portal.lastUser";

	private LastUser() {
	}

	static void remember(HttpServletRequest request, HttpServletResponse response, String username) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE, URLEncoder.encode(username, StandardCharsets.UTF_8))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
			.maxAge(Duration.ofDays(1))
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	/** The log-in name of who last signed in on this browser, or {@code null}. */
	static String of(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
				return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}
