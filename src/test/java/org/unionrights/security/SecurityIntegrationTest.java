package org.unionrights.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.MockMvcSessionJar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/workspace", "/workspace/city", "/workspace/county", "/workspace/lawyer",
			"/admin/accounts", "/admin/accounts/new", "/admin/accounts/1/edit", "/admin/accounts/1/password",
			"/admin/accounts/1/disable", "/admin/audit", "/triage", "/cases", "/cases/999999" })
	void anonymousUsersAreSentToTheLoginPage(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/anything/else", "/admin/nope", "/workspace/city/nope", "/actuator/env",
			"/actuator/info", "/help/nope", "/status/nope" })
	void anAddressThatIsNoPageIsNotFoundSignedInOrNot(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isNotFound());
		mvc.perform(get(path).with(user(users.loadUserByUsername("city")))).andExpect(status().isNotFound());
	}

	@Test
	void aWorkerWhoMistypesAnAddressSeesTheWayToAskForHelpNotALogin() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hlep"))
				.header("Accept", "text/html")
				.header("Accept-Language", "zh-CN")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("href=\"/help/new\"")
			.contains("href=\"/help/status\"")
			.contains("tel:12351")
			.doesNotContain("name=\"password\"");
	}

	@Test
	void aPartOfAPageAskedForAfterTheSessionEndedLoadsTheLoginPageAsAWholePage() throws Exception {
		mvc.perform(get("/triage").param("q", "工地").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
		mvc.perform(get("/triage").param("q", "工地")).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/actuator/health", "/assets/css/portal.css",
			"/webjars/bootstrap/css/bootstrap.min.css" })
	void publicPagesOpenWithoutAnAccount(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
	}

	@Test
	void pingAnswersOkWithoutAnAccountOrACache() throws Exception {
		mvc.perform(get("/ping"))
			.andExpect(status().isOk())
			.andExpect(content().string("ok"))
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@ParameterizedTest
	@CsvSource({ "admin,/admin/accounts", "city,/workspace/city", "weibin,/workspace/county",
			"lawyer,/workspace/lawyer" })
	void eachRoleLandsOnItsOwnStartPage(String username, String startPage) throws Exception {
		mvc.perform(formLogin("/login").user(username).password(DemoUsers.PASSWORD))
			.andExpect(redirectedUrl(startPage));
		mvc.perform(get(startPage).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@CsvSource({ "weibin,/admin/accounts", "lawyer,/workspace/county", "city,/admin/audit",
			"weibin,/workspace/city", "admin,/workspace/lawyer" })
	void otherRolesAreDenied(String username, String path) throws Exception {
		mvc.perform(get(path).with(user(users.loadUserByUsername(username))).accept("text/html"))
			.andExpect(status().isForbidden());
	}

	@Test
	void workspaceSendsEachRoleToItsStartPage() throws Exception {
		mvc.perform(get("/workspace").with(user(users.loadUserByUsername("weibin"))))
			.andExpect(redirectedUrl("/workspace/county"));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/admin/accounts").with(user(users.loadUserByUsername("admin")))
			.param("username", "nocsrf")
			.accept("text/html")).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "admin").param("password", DemoUsers.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWrongPasswordKeepsTheUserNameAndSaysSo() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(formLogin("/login").user("nobody.here").password("wrong")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").session(session).with(csrf()).param("username", "nobody.here").param("password", "x"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login?error").session(session))
			.andExpect(content().string(containsString("用户名或密码不正确")))
			.andExpect(content().string(containsString("value=\"nobody.here\"")));
	}

	@Test
	void loginIssuesANewSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		String before = MockMvcSessionJar.sessionCookie(session);
		mvc.perform(post("/login").session(session)
			.with(csrf())
			.param("username", DemoUsers.CITY_STAFF)
			.param("password", DemoUsers.PASSWORD)).andExpect(redirectedUrl("/workspace/city"));
		assertThat(before).isNotNull();
		assertThat(MockMvcSessionJar.sessionCookie(session)).isNotNull().isNotEqualTo(before);
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		mvc.perform(post("/logout").with(user(users.loadUserByUsername("city"))).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void healthIsUpWithTheDatabaseAndShowsDetailsOnlyToAdministrators() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")))
			.andExpect(content().string(not(containsString("db"))));
		mvc.perform(get("/actuator/health").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
	}

	@Test
	void actuatorShowsNothingButHealthEvenToAdministrators() throws Exception {
		mvc.perform(get("/actuator/env").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/actuator/beans").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isNotFound());
	}

}
