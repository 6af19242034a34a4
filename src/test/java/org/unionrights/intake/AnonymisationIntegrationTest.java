package org.unionrights.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.accounts.AccountService;
import org.unionrights.cases.CaseFixtures;
import org.unionrights.teams.TeamService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal data of a request finished longer ago than {@code portal.privacy.keep-finished-for}
 * (three years) is removed, from the request and from its case; a request finished more recently,
 * or still open, keeps everything.
 */
@IntegrationTest
class AnonymisationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Anonymisation anonymisation;

	@Autowired
	org.unionrights.audit.AuditLog auditLog;

	@Autowired
	UserDetailsService users;

	@Autowired
	TeamService teams;

	@Autowired
	AccountService accounts;

	@Value("${portal.storage.dir}")
	Path storage;

	/** Other tests' finished requests are left as they were: only this test's are made old. */
	@AfterEach
	void freeTheLock() {
		jdbc.update("UPDATE shedlock SET lock_until = timezone('utc', now()) - interval '1 second'");
	}

	@Test
	void aRequestFinishedLongAgoKeepsItsFiguresAndLosesItsPersonalData() throws Exception {
		CaseFixtures fixtures = new CaseFixtures(mvc, users, teams, accounts);
		// Long ago: a wage claim with a roster, taken on as a case, noted and closed.
		String old = fixtures.file(1, "13700001001", "匿名化测试建筑公司");
		String caseNo = fixtures.open(old, fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION),
				DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		mvc.perform(post("/cases/" + caseNo + "/entries").with(fixtures.as(DemoUsers.LAWYER)).with(csrf())
			.param("entryKind", "NOTE").param("text", "职工另一个电话13912340000，身份证610302199001011234"))
			.andExpect(status().isFound());
		mvc.perform(post("/cases/" + caseNo + "/close").with(fixtures.as(DemoUsers.LAWYER)).with(csrf())
			.param("outcome", "MEDIATION").param("note", "调解达成协议").param("version", "0"))
			.andExpect(redirectedUrlPattern("/cases/AJ-*"));
		// Long ago too: a request with a photo, declined.
		String declined = HelpForms.wagesWithPhoto(mvc, "13700001002", "匿名化测试餐饮店").trackingNo();
		mvc.perform(post("/triage/requests/" + declined + "/decline").with(fixtures.as(DemoUsers.CITY_STAFF))
			.with(csrf()).param("text", "不属于受理范围，已告知职工打13700001002"))
			.andExpect(status().isFound());
		String photo = jdbc.queryForObject("select e.stored_name from evidence_file e join help_request r on "
				+ "r.id = e.request_id where r.tracking_no = ?", String.class, declined);
		assertThat(Files.exists(storedFile(photo))).isTrue();
		// Recently: declined last year, and one still open.
		String recent = fixtures.file(1, "13700001003", "匿名化测试近期公司");
		mvc.perform(post("/triage/requests/" + recent + "/decline").with(fixtures.as(DemoUsers.CITY_STAFF))
			.with(csrf()).param("text", "不属于受理范围")).andExpect(status().isFound());
		String open = fixtures.file(1, "13700001004", "匿名化测试未办结公司");
		// Long ago too: a duplicate merged into a request that is still open (its case may need it).
		String merged = fixtures.file(1, "13700001005", "匿名化测试未办结公司");
		mvc.perform(post("/triage/requests/" + merged + "/merge").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("body", open)).andExpect(redirectedUrlPattern("/triage/requests/*"));
		// What the log kept of them: the decline's reason (with the number) and a rating's comment, as
		// the case's closing rating writes it.
		jdbc.update("update help_request set injury = '右手被机器压伤' where tracking_no = ?", declined);
		auditLog.record("CASE_RATED", "case:" + caseNo, org.unionrights.audit.Detail.of("audit.detail.labelAndText",
				org.unionrights.audit.Detail.label("rating.2"), "张三说：电话13912341234一直没人接"));

		finishedYearsAgo(old, 4);
		finishedYearsAgo(declined, 3);
		jdbc.update("update help_request set submitted_at = submitted_at - interval '4 years' where tracking_no = ?", open);
		finishedYearsAgo(recent, 2);
		finishedYearsAgo(merged, 4);

		assertThat(anonymisation.anonymiseFinishedRequests()).isGreaterThanOrEqualTo(2);

		for (String gone : List.of(old, declined)) {
			Map<String, Object> row = jdbc.queryForMap("select contact_name, contact_mobile, id_number, description, "
					+ "query_code_hash, anonymised_at, employer_name, category, county_id from help_request where tracking_no = ?", gone);
			assertThat(row.get("contact_name")).isEqualTo("");
			assertThat(row.get("contact_mobile")).isNull();
			assertThat(row.get("id_number")).isNull();
			assertThat(row.get("description")).isEqualTo("");
			assertThat(row.get("query_code_hash")).isEqualTo("");
			assertThat(row.get("anonymised_at")).isNotNull();
			// The figures stay.
			assertThat((String) row.get("employer_name")).startsWith("匿名化测试");
			assertThat(row.get("category")).isEqualTo("WAGES");
		}
		assertThat(jdbc.queryForList("select name from wage_roster_entry e join help_request r on r.id = e.request_id "
				+ "where r.tracking_no = ?", String.class, old)).isNotEmpty().allMatch(String::isEmpty);
		assertThat(jdbc.queryForObject("select count(*) from evidence_file e join help_request r on r.id = e.request_id "
				+ "where r.tracking_no = ?", Integer.class, declined)).isZero();
		assertThat(Files.exists(storedFile(photo))).as("the photo's bytes").isFalse();
		assertThat(jdbc.queryForObject("select string_agg(coalesce(text, ''), ' ') from request_event e join help_request r "
				+ "on r.id = e.request_id where r.tracking_no = ?", String.class, declined))
			.contains("已告知职工打***********").doesNotContain("13700001002");
		assertThat(jdbc.queryForObject("select injury from help_request where tracking_no = ?", String.class, declined))
			.isEmpty();
		// The log: numbers blanked, the worker's words dropped, who did what kept.
		assertThat(jdbc.queryForList("select coalesce(detail, '') || coalesce(array_to_string(detail_args, ' '), '') "
				+ "from audit_event where subject in (?, ?)", String.class, "request:" + declined, "case:" + caseNo))
			.isNotEmpty()
			.noneMatch(line -> line.contains("13700001002") || line.contains("13912340000") || line.contains("张三说"));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject = ? and action = 'CASE_RATED'",
				Integer.class, "case:" + caseNo)).isOne();
		// The query code opens nothing any more: the look-up says it does not know it.
		mvc.perform(post("/help/status").with(csrf()).param("trackingNo", declined).param("queryCode", "ABCD-EFGH")
			.with(r -> {
				r.setRemoteAddr(HelpForms.newAddress());
				return r;
			})).andExpect(status().isOk());
		// The case cannot be reopened: the worker is no longer known.
		mvc.perform(post("/cases/" + caseNo + "/reopen").with(fixtures.as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("version", jdbc.queryForObject("select version::text from legal_case where case_no = ?", String.class,
					caseNo)).param("reason", "职工又来电"))
			.andExpect(content().string(containsString("不能重新办理")));
		assertThat(jdbc.queryForObject("select status from help_request where tracking_no = ?", String.class, old))
			.isEqualTo("CLOSED");
		// The case's copies: search, notes.
		assertThat(jdbc.queryForObject("select search_text from legal_case where case_no = ?", String.class, caseNo))
			.doesNotContain("张").contains(old.toLowerCase());
		assertThat(jdbc.queryForObject("select text from case_entry e join legal_case c on c.id = e.case_id where "
				+ "c.case_no = ? and e.kind = 'NOTE'", String.class, caseNo))
			.isEqualTo("职工另一个电话***********，身份证******************");
		mvc.perform(get("/triage?status=&q=13700001002").with(fixtures.as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(not(containsString(declined))));
		mvc.perform(get("/triage/requests/" + declined).with(fixtures.as(DemoUsers.CITY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("按规定删除了职工的姓名")))
			.andExpect(content().string(not(containsString("137****1002"))));

		// Finished two years ago, or not finished at all: everything kept.
		// Merged into a request still open: kept while that one goes on.
		for (String kept : List.of(recent, open, merged)) {
			assertThat(jdbc.queryForMap("select contact_mobile, anonymised_at from help_request where tracking_no = ?",
					kept)).containsEntry("anonymised_at", null).containsKey("contact_mobile");
			assertThat(jdbc.queryForObject("select contact_mobile from help_request where tracking_no = ?", String.class,
					kept)).startsWith("137000010");
		}
		// Done once: the next night finds nothing more of these, and the audit says what was done.
		assertThat(anonymisation.anonymiseFinishedRequests()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REQUESTS_ANONYMISED'",
				Integer.class)).isPositive();
	}

	@Test
	void anotherInstanceRunningItMeansThisOneSkips() {
		jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('anonymise-finished-requests', "
				+ "timezone('utc', now()) + interval '10 minutes', timezone('utc', now()), 'portal-2') ON CONFLICT (name) "
				+ "DO UPDATE SET lock_until = excluded.lock_until");
		assertThat(anonymisation.anonymiseFinishedRequests()).isNull();
	}

	private void finishedYearsAgo(String trackingNo, int years) {
		assertThat(jdbc.update("update help_request set finished_at = now() - make_interval(years => ?) "
				+ "where tracking_no = ? and finished_at is not null", years, trackingNo)).isOne();
	}

	private Path storedFile(String storedName) throws Exception {
		try (var paths = Files.walk(storage)) {
			return paths.filter(path -> path.getFileName().toString().equals(storedName)).findFirst()
				.orElse(storage.resolve("missing-" + storedName));
		}
	}

}
