package org.unionrights.cases;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.NewAccount;
import org.unionrights.files.TestFiles;
import org.unionrights.intake.HelpForms;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.WorkerKeys;
import org.unionrights.security.Role;
import org.unionrights.teams.TeamService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the worker sends reaches the case, and cases are found: searched by numbers, employer and
 * every name of a group, filtered, exported — each within the user's scope.
 */
@IntegrationTest
class CaseFindingIntegrationTest {

	private static final String JINTAI = "jintai";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TeamService teams;

	@Autowired
	AccountService accounts;

	@Autowired
	HelpRequestService requests;

	@Autowired
	JdbcTemplate jdbc;

	private CaseFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CaseFixtures(mvc, users, teams, accounts);
		if (accounts.findByUsername("finding.lawyer").isEmpty()) {
			accounts.create(new NewAccount("finding.lawyer", "另一位律师", Role.LAWYER, 1L, "Lawyer-pass-2026"));
		}
	}

	private RequestPostProcessor as(String username) {
		return fixtures.as(username);
	}

	/** A Weibin wage claim with a roster whose names are the test's own, and a photo, as a case of the demo lawyer. */
	private String[] caseWithEvidence(String employer, String rosterName) throws Exception {
		Map<String, String> fields = HelpForms.wages("1330000" + String.format("%04d", (int) (Math.random() * 10000)));
		fields.put("employer.name", employer);
		fields.put("wages.roster", rosterName + "\t13800138001\t8000\n李四\t\t8000\n王五\t\t8000");
		MockHttpSession session = new MockHttpSession();
		mvc.perform(HelpForms.post("/help/new", fields, session, HelpForms.newAddress(),
				HelpForms.file("工资条.png", "image/png", TestFiles.png(7))))
			.andExpect(redirectedUrl("/help/receipt"));
		String receipt = mvc.perform(get("/help/receipt").session(session)).andReturn().getResponse().getContentAsString();
		Matcher tracking = Pattern.compile("id=\"tracking-no\">([^<]+)<").matcher(receipt);
		assertThat(tracking.find()).isTrue();
		String trackingNo = tracking.group(1);
		String caseNo = fixtures.open(trackingNo,
				fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		return new String[] { trackingNo, caseNo };
	}

	private String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(as(username))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theLawyerSeesWhatTheWorkerSentAndANewMessageMarksTheCaseUntilReadOrAnswered() throws Exception {
		String[] ids = caseWithEvidence("留言测试公司" + System.nanoTime(), "周留言");
		String trackingNo = ids[0];
		String caseNo = ids[1];
		String casePage = "/cases/" + caseNo;
		requests.addWorkerMessage(WorkerKeys.of(trackingNo), "老板今天又说下个月才给钱。");
		requests.addWorkerEvidence(WorkerKeys.of(trackingNo),
				List.of(new MockMultipartFile("files", "欠条.png", "image/png", TestFiles.png(11))));

		// Marked in the lists and on the start pages; city staff looking in leave it marked.
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?flag=unread")).contains(caseNo).contains("职工有新消息");
		assertThat(page(DemoUsers.LAWYER, "/workspace/lawyer")).contains(caseNo);
		assertThat(page(DemoUsers.CITY_STAFF, casePage)).contains("老板今天又说下个月才给钱。");
		assertThat(page(DemoUsers.CITY_STAFF, "/cases?flag=unread")).contains(caseNo);
		// Nobody else reads it: another lawyer, another county's officer.
		for (String outsider : new String[] { "finding.lawyer", JINTAI }) {
			mvc.perform(get(casePage).with(as(outsider))).andExpect(status().isNotFound());
		}

		// The lawyer opens the case: the message, the form's file and the new one, each opened through the case.
		String lawyerSees = page(DemoUsers.LAWYER, casePage);
		assertThat(lawyerSees).contains("老板今天又说下个月才给钱。", "工资条.png", "欠条.png", "职工有新的留言或材料");
		Matcher link = Pattern.compile("href=\"(/cases/" + caseNo + "/evidence/([0-9]+))\">欠条.png").matcher(lawyerSees);
		assertThat(link.find()).isTrue();
		byte[] bytes = mvc.perform(get(link.group(1)).with(as(DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(bytes).isNotEmpty();
		for (String outsider : new String[] { "finding.lawyer", JINTAI }) {
			mvc.perform(get(link.group(1)).with(as(outsider))).andExpect(status().isNotFound());
		}
		// Read by the lawyer: no longer marked.
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?flag=unread")).doesNotContain(caseNo);

		// A file of another request is not reached through this case.
		String[] other = caseWithEvidence("别的公司" + System.nanoTime(), "钱别人");
		Matcher otherLink = Pattern.compile("/cases/" + other[1] + "/evidence/([0-9]+)")
			.matcher(page(DemoUsers.LAWYER, "/cases/" + other[1]));
		assertThat(otherLink.find()).isTrue();
		mvc.perform(get(casePage + "/evidence/" + otherLink.group(1)).with(as(DemoUsers.LAWYER)))
			.andExpect(status().isNotFound());

		// The worker writes again; a reply to the worker answers it.
		requests.addWorkerMessage(WorkerKeys.of(trackingNo), "还有一个工友也没拿到钱。");
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?flag=unread")).contains(caseNo);
		mvc.perform(post(casePage + "/entries").with(as(DemoUsers.CITY_STAFF)).with(csrf()).param("entryKind", "PUBLIC_REPLY")
			.param("text", "收到，我们一并处理。"));
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?flag=unread")).doesNotContain(caseNo);
	}

	@Test
	void casesAreFoundByNumbersEmployerAndEveryNameOfTheGroupWithinScope() throws Exception {
		String employer = "检索测试建筑公司" + System.nanoTime();
		String[] ids = caseWithEvidence(employer, "欧阳名单");
		String caseNo = ids[1];
		for (String search : new String[] { "欧阳名单", employer.substring(0, 8), caseNo, ids[0].toLowerCase() }) {
			assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?q=" + search)).as(search).contains(caseNo);
		}
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?q=没有这个名字的人")).doesNotContain(caseNo).contains("还没有案件");
		// Staff go from the case to its employer on the registry; a lawyer has no registry.
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases/" + caseNo)).contains("/enterprises/employer?key=name:");
		assertThat(page(DemoUsers.LAWYER, "/cases/" + caseNo)).doesNotContain("/enterprises/employer");
		// The triage search finds the roster's names too.
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/triage?status=&q=欧阳名单")).contains(ids[0]);
		// Filters: status, category, team, lawyer; a county outside the officer's scope finds nothing.
		long team = fixtures.team(CaseFixtures.WEIBIN_STATION).id();
		long lawyer = accounts.findByUsername(DemoUsers.LAWYER).orElseThrow().id();
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?q=欧阳名单&status=open&category=WAGES&teamId=" + team
				+ "&lawyerId=" + lawyer)).contains(caseNo);
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?q=欧阳名单&status=closed")).doesNotContain(caseNo);
		assertThat(page(DemoUsers.COUNTY_OFFICER, "/cases?q=欧阳名单&category=INJURY")).doesNotContain(caseNo);
		assertThat(page(DemoUsers.CITY_STAFF, "/cases?q=欧阳名单&countyId=1")).contains(caseNo);
		assertThat(page(DemoUsers.CITY_STAFF, "/cases?q=欧阳名单&countyId=2")).doesNotContain(caseNo);
		assertThat(page(JINTAI, "/cases?q=欧阳名单&countyId=1")).doesNotContain(caseNo);
		assertThat(page("finding.lawyer", "/cases?q=欧阳名单")).doesNotContain(caseNo);
		// Values that do not fit are ignored, not errors.
		mvc.perform(get("/cases?countyId=abc&flag=tea&category=X&status=maybe").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk());
	}

	@Test
	void theCaseListAndTheLedgerExportWithNumbersAsNumbers() throws Exception {
		String employer = "导出测试公司" + System.nanoTime();
		String caseNo = caseWithEvidence(employer, "导出名单")[1];
		byte[] xlsx = mvc.perform(get("/cases/export.xlsx?q=" + employer).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件号");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(caseNo);
			assertThat(sheet.getRow(1).getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(3.0);
			assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(24000.0);
		}
		String csv = mvc.perform(get("/cases/export.csv?q=" + employer).with(as(DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(caseNo).contains(",3,").contains("24000.00");
		assertThat(mvc.perform(get("/cases/export.csv?q=" + employer).with(as("finding.lawyer")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(caseNo);
		mvc.perform(get("/cases/export.pdf").with(as(DemoUsers.COUNTY_OFFICER))).andExpect(status().isNotFound());

		byte[] ledger = mvc.perform(get("/ledger/export.xlsx").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("渭滨区");
			assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			Long weibinCases = jdbc.queryForObject("select count(*) from legal_case where county_id = 1", Long.class);
			assertThat((long) sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(weibinCases);
			assertThat(sheet.getLastRowNum()).as("one county and the total").isEqualTo(2);
		}
		mvc.perform(get("/ledger/export.csv").with(as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
	}

	@Test
	void aCasePrintsForTheArbitrationFileWithoutNavigationOrForms() throws Exception {
		String employer = "打印测试公司" + System.nanoTime();
		String caseNo = caseWithEvidence(employer, "打印名单")[1];
		String casePage = "/cases/" + caseNo;
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		mvc.perform(post(casePage + "/steps").with(as(DemoUsers.LAWYER)).with(csrf()).param("step", "MEDIATION_APPLIED")
			.param("stepDate", today));
		mvc.perform(post(casePage + "/payments").with(as(DemoUsers.LAWYER)).with(csrf()).param("paymentKind", "PAYMENT")
			.param("paidOn", today).param("amount", "5000").param("payer", employer).param("workerName", "打印名单"));
		assertThat(page(DemoUsers.LAWYER, casePage)).contains("href=\"/cases/" + caseNo + "/print\"");
		String print = mvc.perform(get(casePage + "/print").with(as(DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(print).contains(caseNo, employer, "张三", "打印名单", "5,000.00", "调解", "/assets/css/print-", "承办人（签名）")
			.doesNotContain("<form", "<nav", "htmx");
		mvc.perform(get(casePage + "/print").with(as("finding.lawyer"))).andExpect(status().isNotFound());
		mvc.perform(get(casePage + "/print").with(as(JINTAI))).andExpect(status().isNotFound());
		assertThat(page(DemoUsers.COUNTY_OFFICER, casePage + "/history")).contains("打印案件");
	}

	@Test
	void aNoteSavedAfterTheSessionEndedComesBackAfterTheLoginInTheSameForm() throws Exception {
		String caseNo = caseWithEvidence("过期测试公司" + System.nanoTime(), "过期名单")[1];
		String casePage = "/cases/" + caseNo;
		Long before = jdbc.queryForObject("select count(*) from case_entry e join legal_case c on c.id = e.case_id"
				+ " where c.case_no = ?", Long.class, caseNo);
		// The session is gone (expired, or signed out in another tab): the form's token no longer fits.
		MockHttpSession session = new MockHttpSession();
		jakarta.servlet.http.Cookie lastUser = new jakarta.servlet.http.Cookie("portal.lastUser", DemoUsers.LAWYER);
		mvc.perform(post(casePage + "/entries").session(session).cookie(lastUser).with(staleSession())
			.header("Referer", "http://localhost" + casePage)
			.param("_csrf", "stale-token").param("entryKind", "NOTE").param("text", "会话过期前写的备注，不能丢"))
			.andExpect(redirectedUrl("/login?kept"));
		mvc.perform(get("/login").param("kept", "").session(session))
			.andExpect(content().string(containsString("您填写的内容还在表单里")));
		mvc.perform(post("/login").session(session).with(csrf()).param("username", DemoUsers.LAWYER)
			.param("password", DemoUsers.PASSWORD))
			.andExpect(redirectedUrl(casePage));
		mvc.perform(get(casePage).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("会话过期前写的备注，不能丢")))
			.andExpect(content().string(containsString("还没有保存")));
		// Nothing was saved meanwhile, and the form is put back once.
		assertThat(jdbc.queryForObject("select count(*) from case_entry e join legal_case c on c.id = e.case_id"
				+ " where c.case_no = ?", Long.class, caseNo)).isEqualTo(before);
		mvc.perform(get(casePage).session(session))
			.andExpect(content().string(not(containsString("会话过期前写的备注，不能丢"))));
		// Signed in, with a token gone stale (signed in again in another tab): straight back to the page.
		mvc.perform(post("/triage/requests/WQ-2026-000001/note").with(as(DemoUsers.COUNTY_OFFICER)).with(staleSession())
			.header("Origin", "http://localhost").param("_csrf", "stale-token").param("text", "另一个标签页里写的"))
			.andExpect(redirectedUrl("/triage/requests/WQ-2026-000001"));
		// Another site's post is refused, never kept to be put in front of the user; so is one from a
		// browser nobody signed in on, and one larger than a form.
		mvc.perform(post(casePage + "/entries").session(new MockHttpSession()).cookie(lastUser).with(staleSession())
			.header("Origin", "https://evil.example").param("entryKind", "NOTE").param("text", "别人网站塞进来的"))
			.andExpect(status().isForbidden());
		mvc.perform(post(casePage + "/entries").session(new MockHttpSession()).cookie(lastUser).with(staleSession()).param("entryKind", "NOTE")
			.param("text", "没有来源")).andExpect(status().isForbidden());
		mvc.perform(post(casePage + "/entries").session(new MockHttpSession()).with(staleSession()).header("Origin", "http://localhost")
			.param("entryKind", "NOTE").param("text", "没人登录过")).andExpect(status().isForbidden());
		mvc.perform(post(casePage + "/entries").session(new MockHttpSession()).cookie(lastUser).with(staleSession())
			.header("Origin", "http://localhost").param("entryKind", "NOTE").param("text", "长".repeat(30_000)))
			.andExpect(status().isForbidden());
		// Sent by htmx: the whole page goes to the login.
		mvc.perform(post(casePage + "/entries").session(new MockHttpSession()).cookie(lastUser).with(staleSession()).header("HX-Request", "true")
			.header("Origin", "http://localhost").param("entryKind", "NOTE").param("text", "htmx 发的"))
			.andExpect(status().isNoContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("HX-Redirect", "/login?kept"));
		// Someone else signs in on that browser: they do not get what another person typed.
		MockHttpSession shared = new MockHttpSession();
		mvc.perform(post(casePage + "/entries").session(shared).cookie(lastUser).with(staleSession()).header("Origin", "http://localhost")
			.param("_csrf", "stale").param("entryKind", "NOTE").param("text", "律师写的，不给别人看"))
			.andExpect(redirectedUrl("/login?kept"));
		mvc.perform(post("/login").session(shared).with(csrf()).param("username", DemoUsers.COUNTY_OFFICER)
			.param("password", DemoUsers.PASSWORD)).andExpect(redirectedUrl("/workspace/county"));
		mvc.perform(get(casePage).session(shared)).andExpect(content().string(not(containsString("律师写的，不给别人看"))));
	}

	/** The browser still sends the id of a session the server no longer has (it expired). */
	private static RequestPostProcessor staleSession() {
		return org.unionrights.MockMvcSessionJar.endedSession();
	}

}
