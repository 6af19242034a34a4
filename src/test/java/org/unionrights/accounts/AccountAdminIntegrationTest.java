package org.unionrights.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class AccountAdminIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	private RequestPostProcessor admin() {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(DemoUsers.ADMIN));
	}

	private MockHttpServletRequestBuilder newAccount(String username, String... overrides) {
		return newAccount(username, admin(), overrides);
	}

	/** A valid new-account form; {@code overrides} are name, value pairs that replace fields. */
	private MockHttpServletRequestBuilder newAccount(String username, RequestPostProcessor who, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("displayName", "张伟");
		fields.put("role", "COUNTY_OFFICER");
		fields.put("countyId", "1");
		fields.put("password", "Strong-pass-2026");
		fields.put("passwordConfirm", "Strong-pass-2026");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/accounts").with(who).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void listShowsAccountsWithRoleAndCountyInTheUsersLanguage() throws Exception {
		// The demo officer's row, on whichever page the accounts other tests made have put it.
		String row = accountRow("weibin", "zh-CN");
		assertThat(row).contains("渭滨区", "区县总工会工作人员");
		assertThat(accountRow("weibin", "en")).contains("Weibin District", "County union officer");
	}

	/** The list's row of the account, in the language, looked for page by page. */
	private String accountRow(String username, String lang) throws Exception {
		for (int page = 0; page < 20; page++) {
			String html = mvc.perform(get("/admin/accounts").param("page", Integer.toString(page)).param("lang", lang)
				.with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			int at = html.indexOf(">" + username + "<");
			if (at >= 0) {
				return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
			}
		}
		throw new AssertionError(username + " is on no page of the account list");
	}

	@Test
	void anAdministratorCreatesAnAccountThatCanSignIn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(newAccount("Zhang.Wei").session(session))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attributeExists("flashSuccess"));
		mvc.perform(get("/admin/accounts").session(session).with(admin()))
			.andExpect(content().string(containsString("已创建账户 zhang.wei。")));
		AccountView created = accounts.findByUsername("zhang.wei").orElseThrow();
		assertThat(created.role()).isEqualTo(Role.COUNTY_OFFICER);
		assertThat(created.countyId()).isEqualTo(1L);
		mvc.perform(formLogin("/login").user("zhang.wei").password("Strong-pass-2026"))
			.andExpect(redirectedUrl("/workspace/county"));
	}

	@Test
	void aDoubleSubmitCreatesOneAccountAndExplainsTheSecond() throws Exception {
		mvc.perform(newAccount("double.click")).andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(newAccount("double.click"))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/new"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "account.username.taken"))
			.andExpect(content().string(containsString("此用户名已被使用")));
		assertThat(accounts.list(org.springframework.data.domain.Pageable.unpaged()).getContent())
			.filteredOn(account -> account.username().equals("double.click"))
			.hasSize(1);
	}

	@Test
	void invalidInputIsExplainedBesideEachFieldAndWhatWasTypedIsKept() throws Exception {
		mvc.perform(post("/admin/accounts").with(admin())
			.with(csrf())
			.param("username", "x")
			.param("displayName", "王芳芳")
			.param("role", "COUNTY_OFFICER")
			.param("countyId", "")
			.param("password", "short")
			.param("passwordConfirm", "other"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "StrongPassword"))
			.andExpect(content().string(containsString("用户名为3至32位字母")))
			.andExpect(content().string(containsString("密码至少10个字符")))
			.andExpect(content().string(containsString("value=\"x\"")))
			.andExpect(content().string(containsString("value=\"王芳芳\"")))
			.andExpect(content().string(containsString("aria-describedby=\"username-error\"")));
		assertThat(accounts.findByUsername("x")).isEmpty();
	}

	@Test
	void errorsAreInEnglishForEnglishUsers() throws Exception {
		mvc.perform(post("/admin/accounts").param("lang", "en").with(admin()).with(csrf()).param("username", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(not(containsString("这一项不能空着"))));
	}

	@Test
	void aCountyOfficerWithoutACountyIsRefused() throws Exception {
		mvc.perform(newAccount("no.county", "countyId", ""))
			.andExpect(model().attributeHasFieldErrorCode("form", "countyId", "account.county.required"))
			.andExpect(content().string(containsString("必须选择所属区县")));
		assertThat(accounts.findByUsername("no.county")).isEmpty();
	}

	@Test
	void forgedValuesGetAClearErrorNotAServerError() throws Exception {
		mvc.perform(newAccount("forged.role", "role", "SUPERUSER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "typeMismatch"));
		mvc.perform(newAccount("forged.county", "countyId", "abc"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "countyId", "typeMismatch"));
		mvc.perform(newAccount("ghost.county", "countyId", "999999"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "countyId", "account.county.unknown"));
		assertThat(accounts.findByUsername("forged.role")).isEmpty();
		assertThat(accounts.findByUsername("ghost.county")).isEmpty();
	}

	@Test
	void aForgedAccountIdShowsTheNotFoundPage() throws Exception {
		mvc.perform(get("/admin/accounts/987654/edit").with(admin()).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/accounts/987654/disable").with(admin()).with(csrf()).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/accounts/not-a-number/edit").with(admin()).accept("text/html"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aStaleEditIsRefusedWithTheInputKeptAndNothingOverwritten() throws Exception {
		AccountView account = accounts.create(new NewAccount("stale.test", "原来的名字", Role.CITY_STAFF, null,
				"Strong-pass-2026"));
		// Someone else saves first.
		accounts.update(account.id(), account.version(), "别人改的名字", Role.CITY_STAFF, null);

		mvc.perform(post("/admin/accounts/{id}", account.id()).with(admin())
			.with(csrf())
			.param("displayName", "我改的名字")
			.param("role", "LAWYER")
			.param("countyId", "")
			.param("version", Long.toString(account.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("别人修改了这条记录")))
			.andExpect(content().string(containsString("value=\"我改的名字\"")))
			.andExpect(content().string(containsString("别人改的名字")));
		AccountView saved = accounts.find(account.id()).orElseThrow();
		assertThat(saved.displayName()).isEqualTo("别人改的名字");
		assertThat(saved.role()).isEqualTo(Role.CITY_STAFF);
	}

	@Test
	void anEditWithTheCurrentVersionIsSaved() throws Exception {
		AccountView account = accounts.create(new NewAccount("edit.test", "旧名", Role.CITY_STAFF, null,
				"Strong-pass-2026"));
		mvc.perform(post("/admin/accounts/{id}", account.id()).with(admin())
			.with(csrf())
			.param("displayName", "新名")
			.param("role", "COUNTY_OFFICER")
			.param("countyId", "2")
			.param("version", Long.toString(account.version()))).andExpect(redirectedUrl("/admin/accounts"));
		AccountView saved = accounts.find(account.id()).orElseThrow();
		assertThat(saved.displayName()).isEqualTo("新名");
		assertThat(saved.role()).isEqualTo(Role.COUNTY_OFFICER);
		assertThat(saved.countyId()).isEqualTo(2L);
	}

	@Test
	void disablingAsksForConfirmationFirstAndNeverDisablesYourself() throws Exception {
		AccountView account = accounts.create(new NewAccount("disable.me", "待停用", Role.CITY_STAFF, null,
				"Strong-pass-2026"));
		mvc.perform(get("/admin/accounts/{id}/disable", account.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认停用")));
		assertThat(accounts.find(account.id()).orElseThrow().enabled()).isTrue();
		mvc.perform(post("/admin/accounts/{id}/disable", account.id()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(accounts.find(account.id()).orElseThrow().enabled()).isFalse();
		mvc.perform(post("/admin/accounts/{id}/enable", account.id()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(accounts.find(account.id()).orElseThrow().enabled()).isTrue();

		long adminId = accounts.findByUsername(DemoUsers.ADMIN).orElseThrow().id();
		mvc.perform(post("/admin/accounts/{id}/disable", adminId).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attributeExists("flashError"));
		assertThat(accounts.find(adminId).orElseThrow().enabled()).isTrue();
	}

	@Test
	void theLastAdministratorKeepsTheRole() throws Exception {
		AccountView admin = accounts.findByUsername(DemoUsers.ADMIN).orElseThrow();
		mvc.perform(post("/admin/accounts/{id}", admin.id()).with(admin())
			.with(csrf())
			.param("displayName", admin.displayName())
			.param("role", "CITY_STAFF")
			.param("countyId", "")
			.param("version", Long.toString(admin.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "account.lastAdmin"));
		assertThat(accounts.find(admin.id()).orElseThrow().role()).isEqualTo(Role.CITY_ADMIN);
	}

	@Test
	void aPasswordResetNeedsTheSamePasswordTwice() throws Exception {
		AccountView account = accounts.create(new NewAccount("reset.test", "重置", Role.CITY_STAFF, null,
				"Strong-pass-2026"));
		mvc.perform(post("/admin/accounts/{id}/password", account.id()).with(admin())
			.with(csrf())
			.param("password", "Brand-new-pass-1")
			.param("passwordConfirm", "Brand-new-pass-2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirm", "account.password.mismatch"));
		mvc.perform(post("/admin/accounts/{id}/password", account.id()).with(admin())
			.with(csrf())
			.param("password", "Brand-new-pass-1")
			.param("passwordConfirm", "Brand-new-pass-1")).andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(formLogin("/login").user("reset.test").password("Brand-new-pass-1"))
			.andExpect(redirectedUrl("/workspace/city"));
	}

	@Test
	void onlyAdministratorsManageAccounts() throws Exception {
		mvc.perform(newAccount("by.officer",
				SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(DemoUsers.COUNTY_OFFICER))))
			.andExpect(status().isForbidden());
		assertThat(accounts.findByUsername("by.officer")).isEmpty();
	}

	@Test
	void everyAdministrativeActionIsInTheAuditLog() throws Exception {
		mvc.perform(newAccount("audited.one")).andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(get("/admin/audit").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("account:audited.one")))
			.andExpect(content().string(containsString("创建账户")));
	}

}
