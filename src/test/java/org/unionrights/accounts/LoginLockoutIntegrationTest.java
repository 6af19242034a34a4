package org.unionrights.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;
import org.unionrights.audit.AuditLog;
import org.unionrights.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class LoginLockoutIntegrationTest {

	private static final String PASSWORD = "Correct-horse-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditLog auditLog;

	@Test
	void aStrangersWrongPasswordsNeverKeepTheHolderOut() throws Exception {
		long id = accounts.create(new NewAccount("lock.test", "锁定测试", Role.CITY_STAFF, null, PASSWORD)).id();
		MockHttpSession stranger = new MockHttpSession();
		for (int i = 1; i <= 5; i++) {
			mvc.perform(login("lock.test", "wrong-" + i, null, stranger, "198.51.100.7"))
				.andExpect(redirectedUrl("/login?error"));
		}
		// Past the limit every try for the account first answers a sum, whoever makes it.
		mvc.perform(login("lock.test", "wrong-6", null, stranger, "198.51.100.7"))
			.andExpect(redirectedUrl("/login?challenge"));
		mvc.perform(login("lock.test", "wrong-7", "999", stranger, "198.51.100.7"))
			.andExpect(redirectedUrl("/login?challenge"));

		// The holder, elsewhere: asked the sum too, and then the right password signs in.
		MockHttpSession holder = new MockHttpSession();
		mvc.perform(login("lock.test", PASSWORD, null, holder, "203.0.113.20")).andExpect(redirectedUrl("/login?challenge"));
		String page = mvc.perform(get("/login").param("challenge", "").session(holder))
			.andExpect(content().string(containsString("这个账户的密码输错次数多了")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(login("lock.test", PASSWORD, "" + (sum(page) + 1), holder, "203.0.113.20"))
			.andExpect(redirectedUrl("/login?challenge"));
		page = mvc.perform(get("/login").param("challenge", "").session(holder)).andReturn().getResponse().getContentAsString();
		mvc.perform(login("lock.test", PASSWORD, "" + sum(page), holder, "203.0.113.20"))
			.andExpect(redirectedUrl("/workspace/city"));

		// Signed in, the count starts over: the next wrong password is only wrong.
		mvc.perform(login("lock.test", "wrong-8", null, new MockHttpSession(), "198.51.100.7"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(accounts.find(id).orElseThrow().locked()).isFalse();
		assertThat(auditLog.about("account:lock.test", PageRequest.of(0, 10)).getContent())
			.anyMatch(entry -> entry.action().equals("LOGIN_CHALLENGED"));
	}

	@Test
	void theAccountIsCountedHoweverItsNameIsTyped() throws Exception {
		accounts.create(new NewAccount("padded.test", "空格测试", Role.CITY_STAFF, null, PASSWORD));
		String[] typed = { "padded.test", "PADDED.test", " padded.test", "padded.test" + " ".repeat(70), "Padded.Test " };
		for (String name : typed) {
			mvc.perform(login(name, "wrong", null, new MockHttpSession(), "198.51.100.90"))
				.andExpect(redirectedUrl("/login?error"));
		}
		// Padding or case make no new account for the count: the right password asks the sum.
		mvc.perform(login("padded.test" + " ".repeat(70), PASSWORD, null, new MockHttpSession(), "198.51.100.91"))
			.andExpect(redirectedUrl("/login?challenge"));
	}

	@Test
	void anAddressWithTooManyWrongPasswordsIsRefusedForAWhileAndOnlyIt() throws Exception {
		accounts.create(new NewAccount("address.test", "地址测试", Role.CITY_STAFF, null, PASSWORD));
		for (int i = 0; i < 20; i++) {
			// Each try names another account, so only the address's count can answer.
			mvc.perform(login("nobody" + i + ".test", "wrong", null, new MockHttpSession(), "198.51.100.66"))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(login("address.test", PASSWORD, null, new MockHttpSession(), "198.51.100.66"))
			.andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/login").param("throttled", "")).andExpect(content().string(containsString("请15分钟后再试")));
		mvc.perform(login("address.test", PASSWORD, null, new MockHttpSession(), "198.51.100.67"))
			.andExpect(redirectedUrl("/workspace/city"));
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String answer,
			MockHttpSession session, String address) {
		MockHttpServletRequestBuilder login = post("/login").param("username", username)
			.param("password", password)
			.session(session)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
		return answer == null ? login : login.param("challengeAnswer", answer);
	}

	/** The answer to the sum the login page asks ("3 加 4 等于几？"). */
	private static int sum(String page) {
		Matcher question = Pattern.compile("(\\d+) 加 (\\d+) 等于几").matcher(page);
		assertThat(question.find()).as("the page asks a sum").isTrue();
		return Integer.parseInt(question.group(1)) + Integer.parseInt(question.group(2));
	}

	@Test
	void aSuccessfulLoginStartsTheCountOver() throws Exception {
		accounts.create(new NewAccount("count.test", "计数测试", Role.CITY_STAFF, null, PASSWORD));
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user("count.test").password("wrong")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("count.test").password(PASSWORD)).andExpect(redirectedUrl("/workspace/city"));
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user("count.test").password("wrong")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("count.test").password(PASSWORD)).andExpect(redirectedUrl("/workspace/city"));
	}

	@Test
	void aDisabledAccountCannotSignInAndOnlyItsHolderLearnsWhy() throws Exception {
		long id = accounts.create(new NewAccount("gone.test", "停用测试", Role.LAWYER, null, PASSWORD)).id();
		accounts.disable(id, "admin");
		mvc.perform(formLogin("/login").user("gone.test").password("not-the-password")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("gone.test").password(PASSWORD)).andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(get("/login?disabled")).andExpect(content().string(containsString("此账户已停用")));
	}

}
