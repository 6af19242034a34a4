package org.unionrights.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.unionrights.HttpSession;
import org.unionrights.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal behind a TLS proxy (the test profile trusts forwarded headers from 127.0.0.1 alone,
 * as docker-compose.yml trusts the proxy): what the proxy says about the worker's address and
 * the scheme is believed, and the Host header decides no redirect.
 */
@IntegrationTest
class BehindProxyIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void overHttpsThroughTheProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> page = new HttpSession(port).header("X-Forwarded-Proto", "https").get("/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
	}

	@Test
	void overPlainHttpNeitherIsClaimed() throws Exception {
		HttpResponse<String> page = new HttpSession(port).get("/login");

		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
			.noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));
		assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
	}

	@Test
	void aForgedHostHeaderDecidesNoRedirect() throws Exception {
		String toLogin = rawGet("/cases", "Host: evil.example\r\n");
		String forwarded = rawGet("/workspace", "Host: evil.example\r\nX-Forwarded-Host: evil.example\r\n");

		assertThat(statusLine(toLogin)).contains(" 302");
		assertThat(location(toLogin)).isEqualTo("/login");
		assertThat(toLogin).doesNotContain("evil.example");
		assertThat(location(forwarded)).isEqualTo("/login");
		assertThat(forwarded).doesNotContain("evil.example");
	}

	@Test
	void theAddressLimitCountsTheWorkersAddressThatTheProxyForwardsNotTheProxys() throws Exception {
		String worker = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
		String neighbour = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
		HttpSession fromWorker = new HttpSession(port).header("X-Forwarded-For", worker);
		// Each try names another number, so only the address limit (20 in 15 minutes) can answer.
		for (int attempt = 0; attempt < 20; attempt++) {
			assertThat(wrongCode(fromWorker).statusCode()).isEqualTo(200);
		}

		assertThat(wrongCode(fromWorker).statusCode()).isEqualTo(429);
		assertThat(wrongCode(new HttpSession(port).header("X-Forwarded-For", neighbour)).statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> wrongCode(HttpSession session) throws Exception {
		String number = "WQ-2026-" + (900000 + ThreadLocalRandom.current().nextInt(99999));
		return session.post("/help/status",
				Map.of("trackingNo", number, "queryCode", "WRONG1", "_csrf", session.csrfToken("/help/status")));
	}

	@Test
	void forwardedHeadersFromAnAddressThatIsNotTheProxyAreIgnored() throws Exception {
		String claims = "Host: 127.0.0.1\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-For: 203.0.113.9\r\n";
		// 127.0.0.2 is this machine too, but not the trusted proxy (the test profile trusts 127.0.0.1 only).
		String fromStranger = rawGet("127.0.0.2", "/login", claims);
		String fromProxy = rawGet("127.0.0.1", "/login", claims);

		assertThat(statusLine(fromStranger)).contains(" 200");
		assertThat(fromStranger).doesNotContainIgnoringCase("Strict-Transport-Security");
		assertThat(fromStranger.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11)))
			.isNotEmpty()
			.noneMatch(cookie -> cookie.toLowerCase(java.util.Locale.ROOT).contains("secure"));
		// The same claims from the proxy's address are believed: the difference is who sent them.
		assertThat(fromProxy).containsIgnoringCase("Strict-Transport-Security");
	}

	private String rawGet(String path, String headers) throws IOException {
		return rawGet("127.0.0.1", path, headers);
	}

	/** A request over a socket from the given local address, headers as written; the response's head. */
	private String rawGet(String from, String path, String headers) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new java.net.InetSocketAddress(from, 0));
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\n" + headers + "Accept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
		}
	}

	private static String statusLine(String head) {
		return head.lines().findFirst().orElse("");
	}

	private static String location(String head) {
		return head.lines()
			.filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
			.map(line -> line.substring(9).strip())
			.findFirst()
			.orElse("");
	}

}
