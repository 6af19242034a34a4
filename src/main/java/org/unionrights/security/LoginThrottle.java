package org.unionrights.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionrights.common.AttemptLimiter;
import org.unionrights.common.AttemptLimits;
import org.unionrights.common.web.SumChallenge;

/**
 * Limits password guessing without letting a stranger lock a person out. Wrong passwords are
 * counted per account and per client address (behind the proxy, the worker's or officer's own,
 * docs/operations.md). An address with too many is refused for a while: it is the guesser's own.
 * An account with too many is never refused its right password: each further try for it first
 * answers a sum the portal asks, and the right password then signs in and clears the count.
 * Runs before the login form is checked; {@link LoginFailureHandler} counts, the success handler
 * clears.
 */
class LoginThrottle extends OncePerRequestFilter {

	static final String CHALLENGE = "login";

	private final AttemptLimiter perAccount;

	private final AttemptLimiter perAddress;

	LoginThrottle(AttemptLimits limits, int failuresPerAccount, int failuresPerAddress, Duration window) {
		this.perAccount = limits.limiter("login-account", failuresPerAccount, window);
		this.perAddress = limits.limiter("login-address", failuresPerAddress, window);
	}

	/** The login form's own matcher (decoded path): {@code /logi%6E} is the same page to both. */
	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGIN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		if (perAddress.isBlocked(address)) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		String account = key(request.getParameter("username"));
		if (account != null && perAccount.isBlocked(account)) {
			HttpSession session = request.getSession();
			String answer = request.getParameter("challengeAnswer");
			if (!SumChallenge.passes(session, CHALLENGE, account, answer)) {
				if (answer != null && !answer.isBlank()) {
					perAddress.record(address); // a wrong sum is a try as well
				}
				SumChallenge.ask(session, CHALLENGE, account);
				session.setAttribute(LoginFailureHandler.LAST_USERNAME, request.getParameter("username"));
				response.sendRedirect(request.getContextPath() + "/login?challenge");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** A wrong password: counted for the account and the address. */
	void failed(HttpServletRequest request, String username) {
		perAddress.record(request.getRemoteAddr());
		String account = key(username);
		if (account != null) {
			perAccount.record(account);
			if (perAccount.isBlocked(account)) {
				SumChallenge.ask(request.getSession(), CHALLENGE, account);
			}
		}
	}

	/** The right password: the account's count starts over. */
	void succeeded(String username) {
		String account = key(username);
		if (account != null) {
			perAccount.reset(account);
		}
	}

	/** The window, for "try again in 15 minutes". */
	Duration window() {
		return perAddress.window();
	}

	/** The account as the login reads it (trimmed, any case); a long name is kept by its digest. */
	private static String key(String username) {
		return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
	}

}
