package org.unionrights.home;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.HttpSession;
import org.unionrights.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as the servlet container renders them: localized, inside the layout, never
 * Boot's whitelabel page.
 */
@IntegrationTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	@Test
	void anUnknownAddressGetsTheLocalizedNotFoundPage() throws Exception {
		HttpSession staff = new HttpSession(port).login(DemoUsers.CITY_STAFF, DemoUsers.PASSWORD);
		HttpResponse<String> chinese = staff.get("/no/such/page");
		assertThat(chinese.statusCode()).isEqualTo(404);
		assertThat(chinese.body()).contains("页面不存在", "职工维权服务平台").doesNotContain("Whitelabel");
		HttpResponse<String> english = staff.get("/no/such/page?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("Page not found");
	}

	@Test
	void aForbiddenPageIsLocalized() throws Exception {
		HttpSession officer = new HttpSession(port).login(DemoUsers.COUNTY_OFFICER, DemoUsers.PASSWORD);
		HttpResponse<String> response = officer.get("/admin/accounts");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("无权访问");
	}

	@Test
	void aForgedIdIsNotFoundAndAMalformedOneIsABadRequest() throws Exception {
		HttpSession admin = new HttpSession(port).login(DemoUsers.ADMIN, DemoUsers.PASSWORD);
		HttpResponse<String> missing = admin.get("/admin/accounts/987654/edit");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("页面不存在");
		HttpResponse<String> malformed = admin.get("/admin/accounts/not-a-number/edit");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("请求有误");
	}

}
