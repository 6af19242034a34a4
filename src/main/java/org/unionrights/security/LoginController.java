package org.unionrights.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionrights.common.web.SumChallenge;

import java.time.Duration;

/**
 * The portal's own login page, and {@code /workspace}, which sends each role to its start page.
 */
@Controller
class LoginController {

	static final String VIEW_LOGIN = "security/login";

	private final Duration window;

	LoginController(@Value("${portal.security.login.window}") Duration window) {
		this.window = window;
	}

	@GetMapping("/login")
	String login(Authentication authentication, HttpSession session, Model model,
			@RequestParam(required = false) String challenge) {
		if (isSignedIn(authentication)) {
			return "redirect:" + StartPageSuccessHandler.startPage(authentication);
		}
		Object username = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
		session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
		model.addAttribute("username", username);
		model.addAttribute("lockMinutes", window.toMinutes());
		if (challenge != null) {
			model.addAttribute("challenge", SumChallenge.asked(session, LoginThrottle.CHALLENGE));
		}
		return VIEW_LOGIN;
	}

	@GetMapping("/workspace")
	String workspace(Authentication authentication) {
		return "redirect:" + StartPageSuccessHandler.startPage(authentication);
	}

	private static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
