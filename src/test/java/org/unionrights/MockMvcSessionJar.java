package org.unionrights;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and are found by their {@code SESSION} cookie.
 * MockMvc tests carry a user from one request to the next by passing a {@code MockHttpSession}
 * along; here that object is what it stands for, the browser's cookie jar: the {@code SESSION}
 * cookie a response sets is kept in it, and sent with the next request that passes it. The session
 * itself is the one in PostgreSQL, written and read by the portal's own Spring Session filter and
 * cookie settings, every attribute serialized as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessionJar {

	static final String COOKIE = "SESSION";

	private static final String KEPT = MockMvcSessionJar.class.getName() + ".cookie";

	/** The SESSION cookie kept in a test's session (its browser), null when it holds none. */
	public static String sessionCookie(HttpSession jar) {
		return jar.getAttribute(KEPT) instanceof String value ? value : null;
	}

	/** A browser holding this SESSION cookie. */
	public static MockHttpSession holding(String cookie) {
		MockHttpSession jar = new MockHttpSession();
		jar.setAttribute(KEPT, cookie);
		return jar;
	}

	/**
	 * Sends the cookie of a session that has ended (expired, or signed out in another tab): the id
	 * is in no row of {@code spring_session}.
	 */
	public static RequestPostProcessor endedSession() {
		return request -> {
			Cookie[] others = request.getCookies() == null ? new Cookie[0]
					: Arrays.stream(request.getCookies()).filter(cookie -> !cookie.getName().equals(COOKIE))
						.toArray(Cookie[]::new);
			Cookie[] cookies = Arrays.copyOf(others, others.length + 1);
			cookies[others.length] = new Cookie(COOKIE, Base64.getEncoder()
				.encodeToString("00000000-0000-0000-0000-0000000ended".getBytes(StandardCharsets.US_ASCII)));
			request.setCookies(cookies);
			return request;
		};
	}

	@Bean
	MockMvcBuilderCustomizer sessionCookieJar() {
		return builder -> builder.defaultRequest(get("/").with(request -> {
			HttpSession jar = request.getSession(false);
			boolean sent = request.getCookies() != null
					&& Arrays.stream(request.getCookies()).anyMatch(cookie -> cookie.getName().equals(COOKIE));
			if (jar != null && !sent && jar.getAttribute(KEPT) instanceof String value) {
				Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
				Cookie[] withSession = Arrays.copyOf(cookies, cookies.length + 1);
				withSession[cookies.length] = new Cookie(COOKIE, value);
				request.setCookies(withSession);
			}
			return request;
		})).alwaysDo(result -> {
			Cookie set = result.getResponse().getCookie(COOKIE);
			MockHttpServletRequest request = result.getRequest();
			if (set == null) {
				return;
			}
			if (set.getMaxAge() == 0) {
				HttpSession jar = request.getSession(false);
				if (jar != null) {
					jar.removeAttribute(KEPT);
				}
			}
			else {
				request.getSession(true).setAttribute(KEPT, set.getValue());
			}
		});
	}

}
