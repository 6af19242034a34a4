package org.unionrights.accounts;

import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;
import org.unionrights.audit.AuditLog;
import org.unionrights.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
	void fiveWrongPasswordsLockTheAccountForAWhileWithAClearMessage() throws Exception {
		long id = accounts.create(new NewAccount("lock.test", "锁定测试", Role.CITY_STAFF, null, PASSWORD)).id();
		for (int i = 1; i <= 4; i++) {
			mvc.perform(formLogin("/login").user("lock.test").password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		// The fifth locks it, but a wrong password is only told it is wrong, also while locked.
		mvc.perform(formLogin("/login").user("lock.test").password("wrong-5")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("lock.test").password("wrong-6")).andExpect(redirectedUrl("/login?error"));
		// The right password is refused while the lock lasts, and only its holder learns why.
		mvc.perform(formLogin("/login").user("lock.test").password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked")).andExpect(content().string(containsString("请15分钟后再试")));
		mvc.perform(get("/login?locked&lang=en")).andExpect(content().string(containsString("Try again in 15 minutes")));

		AccountView locked = accounts.find(id).orElseThrow();
		assertThat(locked.locked()).isTrue();
		assertThat(locked.lockedUntil()).isNotNull();
		assertThat(auditLog.about("account:lock.test", PageRequest.of(0, 10)).getContent())
			.anyMatch(entry -> entry.action().equals("ACCOUNT_LOCKED"));

		// An administrator's new password lifts the lock.
		accounts.resetPassword(id, "Another-pass-43");
		mvc.perform(formLogin("/login").user("lock.test").password("Another-pass-43"))
			.andExpect(redirectedUrl("/workspace/city"));
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
