package org.unionrights.accounts;

import org.junit.jupiter.api.Test;
import org.unionrights.HttpSession;
import org.unionrights.IntegrationTest;
import org.unionrights.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in user never goes on with an account an administrator has changed.
 */
@IntegrationTest
class SessionEndsOnAccountChangeTest {

	private static final String PASSWORD = "Session-pass-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		long id = accounts.create(new NewAccount("session.gone", "会话测试", Role.CITY_STAFF, null, PASSWORD)).id();
		HttpSession browser = new HttpSession(port).login("session.gone", PASSWORD);
		assertThat(browser.get("/workspace/city").statusCode()).isEqualTo(200);
		accounts.disable(id, "admin");
		var response = browser.get("/workspace/city");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(browser.get("/login?expired").body()).contains("请重新登录");
	}

	@Test
	void aNewCountyTakesEffectAtTheNextLogin() throws Exception {
		AccountView account = accounts.create(new NewAccount("session.moved", "调动测试", Role.COUNTY_OFFICER, 1L, PASSWORD));
		HttpSession browser = new HttpSession(port).login("session.moved", PASSWORD);
		assertThat(browser.get("/workspace/county").body()).contains("渭滨区");
		accounts.update(account.id(), account.version(), "调动测试", Role.COUNTY_OFFICER, 2L);
		assertThat(browser.get("/workspace/county").statusCode()).isEqualTo(302);
		HttpSession again = new HttpSession(port).login("session.moved", PASSWORD);
		assertThat(again.get("/workspace/county").body()).contains("金台区");
	}

	@Test
	void otherUsersSessionsGoOn() throws Exception {
		HttpSession city = new HttpSession(port).login("city", "demo-12351");
		long id = accounts.create(new NewAccount("session.other", "他人", Role.CITY_STAFF, null, PASSWORD)).id();
		accounts.disable(id, "admin");
		assertThat(city.get("/workspace/city").statusCode()).isEqualTo(200);
	}

}
