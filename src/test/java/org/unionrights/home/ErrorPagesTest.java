package org.unionrights.home;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.unionrights.files.TestFiles;
import org.unionrights.DemoUsers;
import org.unionrights.HttpSession;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
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
		assertThat(chinese.body()).contains("找不到这个页面", "职工维权服务平台")
			.doesNotContain("Whitelabel")
			.as("the worker's ways to ask for help are not offered to staff")
			.doesNotContain("href=\"/help/new\"", "想求助，请点");
		HttpResponse<String> english = staff.get("/no/such/page?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("We cannot find this page");
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
		assertThat(missing.body()).contains("找不到这个页面");
		HttpResponse<String> malformed = admin.get("/admin/accounts/not-a-number/edit");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("链接打不开");
	}

	@Autowired
	org.unionrights.intake.HelpRequestService requests;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@org.springframework.beans.factory.annotation.Value("${portal.storage.dir}")
	java.nio.file.Path storage;

	@Test
	void aServerErrorGetsTheLocalizedPageAndNoStackTrace() throws Exception {
		// An evidence file whose bytes have gone missing from the file store.
		HttpSession worker = new HttpSession(port);
		java.util.Map<String, String> fields = org.unionrights.intake.HelpForms.wages("13812340000");
		fields.put("_csrf", worker.csrfToken("/help/new?category=WAGES"));
		assertThat(worker.postMultipart("/help/new", fields, "lost.jpg", TestFiles.jpeg())
			.statusCode()).isEqualTo(302);
		var row = jdbc.queryForMap("select r.tracking_no, e.id, e.stored_name from evidence_file e "
				+ "join help_request r on r.id = e.request_id where r.submission_token = ?", fields.get("draftToken"));
		String stored = (String) row.get("stored_name");
		java.nio.file.Files.delete(storage.resolve(stored.substring(0, 2)).resolve(stored));

		HttpSession staff = new HttpSession(port).login(DemoUsers.CITY_STAFF, DemoUsers.PASSWORD);
		HttpResponse<String> response = staff.get("/triage/requests/" + row.get("tracking_no") + "/evidence/" + row.get("id"));
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("系统出错了", "12351").doesNotContain("Exception", "at org.");
	}

}
