package org.unionrights.reports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.accounts.AccountService;
import org.unionrights.cases.CaseFixtures;
import org.unionrights.security.ActingAs;
import org.unionrights.security.PortalUser;
import org.unionrights.teams.TeamService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly report: its pre-fill equals what the test counts from the records it made in a month
 * of its own (long past, so nothing else is there), the override rule, one report per county and
 * month, the scope of a county officer, the city's decisions, approved figures that stay, a
 * retired indicator on an old report, and the workbook holding the dashboard's numbers.
 */
@IntegrationTest
class ReportsIntegrationTest {

	/** Each test's own month, far in the past: 2001-01, 2001-02, ... */
	private static final AtomicInteger MONTHS = new AtomicInteger((int) (System.nanoTime() % 60));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TeamService teams;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportService reports;

	@Autowired
	Dashboard dashboard;

	@Autowired
	IndicatorService indicators;

	private CaseFixtures fixtures;

	private YearMonth month;

	@BeforeEach
	void setUp() {
		fixtures = new CaseFixtures(mvc, users, teams, accounts);
		month = YearMonth.of(2001, 1).plusMonths(MONTHS.getAndIncrement() * 3L);
	}

	private PortalUser user(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	private static String at(YearMonth month, int day, String time) {
		return month.atDay(day) + " " + time + "+08";
	}

	/** A Weibin request filed through the public form, then dated (Beijing time). */
	private String request(String submittedAt) throws Exception {
		String trackingNo = fixtures.file(1, "139" + String.format("%08d", (long) (Math.random() * 1e8)), "月报测试单位" + System.nanoTime());
		jdbc.update("update help_request set submitted_at = ?::timestamptz where tracking_no = ?", submittedAt, trackingNo);
		return trackingNo;
	}

	/** A Weibin case of the demo lawyer, opened on the day given. */
	private String caseOpened(String openedAt) throws Exception {
		String trackingNo = fixtures.file(1, "138" + String.format("%08d", (long) (Math.random() * 1e8)), "月报案件单位" + System.nanoTime());
		String caseNo = fixtures.open(trackingNo, fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER),
				DemoUsers.COUNTY_OFFICER);
		jdbc.update("update legal_case set opened_at = ?::timestamptz where case_no = ?", openedAt, caseNo);
		return caseNo;
	}

	private void payment(String caseNo, String amount, LocalDate paidOn) throws Exception {
		mvc.perform(post("/cases/" + caseNo + "/payments").with(fixtures.as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", LocalDate.now().minusDays(1).toString()).param("amount", amount)
			.param("payer", "月报测试单位").param("workerName", "张三"))
			.andExpect(redirectedUrlPattern("/cases/*"));
		jdbc.update("""
				update case_payment set paid_on = ? where id = (select max(p.id) from case_payment p join legal_case c on c.id = p.case_id
				 where c.case_no = ?)""", paidOn, caseNo);
	}

	private long open(String username, YearMonth month) throws Exception {
		String location = mvc.perform(post("/reports").with(fixtures.as(username)).with(csrf()).param("month", month.toString())
			.param("countyId", "1"))
			.andExpect(redirectedUrlPattern("/reports/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring("/reports/".length()));
	}

	private Map<String, BigDecimal> counts(long reportId) {
		PortalUser officer = user(DemoUsers.COUNTY_OFFICER);
		Map<String, BigDecimal> counts = new HashMap<>();
		ActingAs.user(officer, () -> reports.view(officer, reportId)).lines().stream()
			.filter(line -> line.indicator().computed())
			.forEach(line -> counts.put(line.indicator().code(), line.count()));
		return counts;
	}

	private long indicatorId(String code) {
		return jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
	}

	@Test
	void eachPrefilledFigureIsTheCountOfTheRecordsOfThatMonthInBeijingTime() throws Exception {
		request(at(month, 3, "09:00"));
		request(at(month, month.lengthOfMonth(), "23:30"));
		String nextMonth = request(at(month.plusMonths(1), 1, "00:30"));
		String before = request(at(month, 1, "00:10"));
		String first = caseOpened(at(month, 2, "10:00"));
		String second = caseOpened(at(month, month.lengthOfMonth(), "23:45"));
		caseOpened(at(month.minusMonths(1), month.minusMonths(1).lengthOfMonth(), "23:59"));
		payment(first, "8000", month.atDay(5));
		payment(second, "6000.50", month.atEndOfMonth());
		payment(second, "700", month.plusMonths(1).atDay(1));
		mvc.perform(post("/cases/" + first + "/steps").with(fixtures.as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "MEDIATION_APPLIED").param("stepDate", LocalDate.now().minusDays(1).toString()));
		jdbc.update("update case_step set step_date = ? where case_id = (select id from legal_case where case_no = ?)", month.atDay(8), first);
		jdbc.update("update legal_case set status = 'CLOSED', outcome = 'MEDIATION', closed_at = ?::timestamptz, closed_by = 'weibin' where case_no = ?",
				at(month, 20, "16:00"), first);
		String code = org.unionrights.enterprises.CreditCodes.of(700_000_000L + System.nanoTime() % 100_000_000L);
		mvc.perform(post("/enterprises").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("name", "月报新建工会" + code)
			.param("creditCode", code).param("countyId", "1").param("industry", "LOGISTICS").param("size", "SMALL")
			.param("employees", "30").param("unionFoundedOn", month.atDay(12).toString()))
			.andExpect(redirectedUrlPattern("/enterprises/*"));

		// A contract covering it and another enterprise, offered, negotiated and signed in the month.
		String other = org.unionrights.enterprises.CreditCodes.of(700_000_000L + System.nanoTime() % 100_000_000L + 7);
		mvc.perform(post("/enterprises").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("name", "月报合同企业" + other)
			.param("creditCode", other).param("countyId", "1").param("industry", "LOGISTICS").param("size", "MICRO")
			.param("employees", "8"))
			.andExpect(redirectedUrlPattern("/enterprises/*"));
		String contract = mvc.perform(post("/contracts").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("title", "月报测试区域合同").param("kind", "WAGE").param("coverage", "REGIONAL").param("termYears", "2")
			.param("workersCovered", "38").param("enterpriseCodes", code + "\n" + other)
			.param("offeredOn", month.atDay(3).toString()))
			.andExpect(redirectedUrlPattern("/contracts/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(contract + "/stage").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("stage", "NEGOTIATION").param("on", month.atDay(6).toString()).param("version", "0"))
			.andExpect(redirectedUrl(contract));
		mvc.perform(post(contract + "/stage").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("stage", "SIGNED").param("on", month.atDay(20).toString()).param("version", "1"))
			.andExpect(redirectedUrl(contract));

		// What the test made, counted by the test.
		long workers = jdbc.queryForObject("select sum(workers_helped) from legal_case where case_no in (?, ?)", Long.class, first, second);
		long migrants = jdbc.queryForObject("select sum(migrant_workers) from legal_case where case_no in (?, ?)", Long.class, first, second);
		long report = open(DemoUsers.COUNTY_OFFICER, month);
		Map<String, BigDecimal> counts = counts(report);
		assertThat(counts.get("REQUESTS_RECEIVED")).isEqualByComparingTo("3"); // the 23:30 one in, the 00:30 one out
		assertThat(counts.get("CASES_OPENED")).isEqualByComparingTo("2");
		assertThat(counts.get("CASES_CLOSED")).isEqualByComparingTo("1");
		assertThat(counts.get("WORKERS_HELPED")).isEqualByComparingTo(BigDecimal.valueOf(workers));
		assertThat(counts.get("MIGRANT_WORKERS_HELPED")).isEqualByComparingTo(BigDecimal.valueOf(migrants));
		assertThat(counts.get("WAGES_RECOVERED")).isEqualByComparingTo("14000.50");
		assertThat(counts.get("MEDIATIONS")).isEqualByComparingTo("1");
		assertThat(counts.get("NEW_UNIONS")).isEqualByComparingTo("1");
		assertThat(counts.get("CONTRACTS_SIGNED")).isEqualByComparingTo("1");
		assertThat(counts.get("ENTERPRISES_COVERED")).isEqualByComparingTo("2");
		assertThat(counts.get("WORKERS_COVERED")).isEqualByComparingTo("38");
		assertThat(counts.get("RISK_REPORTS")).isEqualByComparingTo("0");
		// The next month has the 00:30 request and the 700 yuan; the one before the case at 23:59.
		assertThat(counts(open(DemoUsers.COUNTY_OFFICER, month.plusMonths(1))).get("REQUESTS_RECEIVED")).isEqualByComparingTo("1");
		assertThat(jdbc.queryForObject("select count(*) from help_request where tracking_no in (?, ?)", Long.class, nextMonth, before)).isEqualTo(2);
		// Each count links to its records.
		mvc.perform(get("/reports/" + report + "/records/" + indicatorId("CASES_OPENED")).with(fixtures.as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString(second)));
		// A case deleted with its payments and steps takes them out of the month.
		jdbc.update("delete from legal_case where case_no = ?", first);
		Map<String, BigDecimal> after = counts(report);
		assertThat(after.get("CASES_OPENED")).isEqualByComparingTo("1");
		assertThat(after.get("WAGES_RECOVERED")).isEqualByComparingTo("6000.50");
		assertThat(after.get("MEDIATIONS")).isEqualByComparingTo("0");
	}

	@Test
	void anOverrideOfACountNeedsAReasonAndAHandFigureIsNeededToSubmit() throws Exception {
		long report = open(DemoUsers.COUNTY_OFFICER, month);
		long version = jdbc.queryForObject("select version from monthly_report where id = ?", Long.class, report);
		long cases = indicatorId("CASES_OPENED");
		// A draft shows its form, not the submitted figures' table.
		mvc.perform(get("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("id=\"value-" + cases + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"report-lines\""))));
		mvc.perform(post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("value[" + cases + "]", "99"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("改了系统统计的数字，请写明原因")))
			.andExpect(content().string(containsString("value=\"99\"")));
		assertThat(jdbc.queryForObject("select count(*) from report_value where report_id = ?", Long.class, report)).isZero();
		mvc.perform(post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("value[" + cases + "]", "99").param("submit", "1")
			.param("reason[" + cases + "]", "另有两件在外地立案"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("提交前请填写这一项")));
		mvc.perform(post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("value[" + cases + "]", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填数字")));
		for (String odd : List.of("0e-99999", "1e3", "12.5.1", "-3")) {
			mvc.perform(post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
				.param("version", Long.toString(version)).param("value[" + cases + "]", odd).param("reason[" + cases + "]", "x"))
				.andExpect(status().isBadRequest());
		}
		// An indicator id that is no line of the report is ignored, not stored.
		mvc.perform(post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("value[987654321]", "5").param("value[x]", "5"))
			.andExpect(redirectedUrl("/reports/" + report));
		assertThat(jdbc.queryForObject("select count(*) from report_value where report_id = ? and indicator_id = 987654321",
				Long.class, report)).isZero();
		version = jdbc.queryForObject("select version from monthly_report where id = ?", Long.class, report);
		mvc.perform(post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("value[" + cases + "]", "99")
			.param("reason[" + cases + "]", "另有两件在外地立案"))
			.andExpect(redirectedUrl("/reports/" + report));
		assertThat(jdbc.queryForObject("select reason from report_value where report_id = ? and indicator_id = ?", String.class,
				report, cases)).isEqualTo("另有两件在外地立案");
		// A stale page is refused with what was typed kept.
		mvc.perform(post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("value[" + cases + "]", "98").param("reason[" + cases + "]", "再改"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("value=\"98\"")));
	}

	@Test
	void aSecondReportForTheSameCountyAndMonthIsRefused() throws Exception {
		long report = open(DemoUsers.COUNTY_OFFICER, month);
		mvc.perform(post("/reports").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("month", month.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("这个区县这个月的月报已经有了")))
			.andExpect(content().string(containsString("/reports/" + report)));
		assertThat(jdbc.queryForObject("select count(*) from monthly_report where county_id = 1 and month = ?", Long.class,
				month.atDay(1))).isEqualTo(1);
		// The database refuses it too, whatever the code does.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
				"insert into monthly_report (county_id, month, status, due_on, created_at, created_by) values (1, ?, 'DRAFT', ?, now(), 'x')",
				month.atDay(1), month.plusMonths(1).atDay(5)))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		mvc.perform(post("/reports").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("month", "2026-13"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择一个已经开始的月份")));
		mvc.perform(post("/reports").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("month", YearMonth.now().plusMonths(2).toString()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aCountyOfficerNeitherReadsNorChangesAnotherCountysReport() throws Exception {
		long weibin = open(DemoUsers.COUNTY_OFFICER, month);
		for (String path : List.of("/reports/" + weibin, "/reports/" + weibin + "/print",
				"/reports/" + weibin + "/records/" + indicatorId("CASES_OPENED"))) {
			mvc.perform(get(path).with(fixtures.as("jintai"))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/reports/" + weibin).with(fixtures.as("jintai")).with(csrf()).param("version", "0")
			.param("value[" + indicatorId("LEGAL_CONSULTATIONS") + "]", "5"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/reports/" + weibin + "/reopen").with(fixtures.as("jintai")).with(csrf()).param("version", "0")
			.param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reports/" + weibin + "/approve").with(fixtures.as("jintai")).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reports/" + weibin).with(fixtures.as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
		// A forged county on the form opens the officer's own county's report, never Weibin's.
		long own = open("jintai", month);
		assertThat(jdbc.queryForObject("select county_id from monthly_report where id = ?", Long.class, own)).isEqualTo(2L);
		mvc.perform(get("/reports").with(fixtures.as("jintai"))).andExpect(content().string(
				org.hamcrest.Matchers.not(containsString("href=\"/reports/" + weibin + "\""))));
		// The dashboard and its workbook: a lawyer gets neither; an officer's workbook has their county's sheet only.
		mvc.perform(get("/reports/dashboard").with(fixtures.as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/dashboard/export.xlsx").with(fixtures.as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
		byte[] ownWorkbook = mvc.perform(get("/reports/dashboard/export.xlsx").param("month", month.toString()).with(fixtures.as("jintai")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ownWorkbook))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("金台区");
		}
		// The dashboard of an officer holds their county only.
		PortalUser jintai = user("jintai");
		assertThat(ActingAs.user(jintai, () -> dashboard.of(jintai, month)).counties())
			.extracting(Dashboard.CountyMonth::countyId).containsExactly(2L);
	}

	/** Submits a report whose hand figures are all given; returns its version after. */
	private void fillAndSubmit(long report, String consultations) throws Exception {
		long version = jdbc.queryForObject("select version from monthly_report where id = ?", Long.class, report);
		var request = post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("submit", "1");
		for (Long id : jdbc.queryForList("select id from indicator where source is null and retired_at is null", Long.class)) {
			request.param("value[" + id + "]", id == indicatorId("LEGAL_CONSULTATIONS") ? consultations : "1");
		}
		mvc.perform(request).andExpect(redirectedUrl("/reports/" + report));
	}

	private void decide(String action, long report, String... params) throws Exception {
		long version = jdbc.queryForObject("select version from monthly_report where id = ?", Long.class, report);
		var request = post("/reports/" + report + "/" + action).with(fixtures.as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("version", Long.toString(version));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(redirectedUrl("/reports/" + report));
	}

	@Test
	void approvedFiguresStayWhenACaseChangesAndTheWorkbookHoldsTheDashboardsNumbers() throws Exception {
		String caseNo = caseOpened(at(month, 10, "10:00"));
		payment(caseNo, "5000", month.atDay(11));
		long report = open(DemoUsers.COUNTY_OFFICER, month);
		fillAndSubmit(report, "40");
		decide("return", report, "comment", "法".repeat(1001));
		assertThat(jdbc.queryForObject("select status from monthly_report where id = ?", String.class, report)).isEqualTo("SUBMITTED");
		decide("return", report, "comment", "法律咨询次数请核对");
		// A report returned months ago is still owed: on the county's list of what is due.
		PortalUser officer = user(DemoUsers.COUNTY_OFFICER);
		assertThat(ActingAs.user(officer, () -> reports.due(officer))).anySatisfy(due -> {
			assertThat(due.id()).isEqualTo(report);
			assertThat(due.status()).isEqualTo(ReportStatus.RETURNED);
		});
		assertThat(jdbc.queryForObject("select status from monthly_report where id = ?", String.class, report)).isEqualTo("RETURNED");
		fillAndSubmit(report, "42");
		PortalUser city = user(DemoUsers.CITY_STAFF);
		// Read before the approval (and kept for a minute): the approval is seen at once all the same.
		assertThat(ActingAs.user(city, () -> dashboard.of(city, month)).counties().stream()
			.filter(c -> c.countyId() == 1).findFirst().orElseThrow().approved()).isFalse();
		decide("approve", report);
		long wages = indicatorId("WAGES_RECOVERED");
		long consultations = indicatorId("LEGAL_CONSULTATIONS");
		Dashboard.CountyMonth weibin = ActingAs.user(city, () -> dashboard.of(city, month)).counties().stream()
			.filter(c -> c.countyId() == 1).findFirst().orElseThrow();
		assertThat(weibin.approved()).isTrue();
		assertThat(weibin.figures().get(wages)).isEqualByComparingTo("5000");
		assertThat(weibin.figures().get(consultations)).isEqualByComparingTo("42");

		// The case changes after approval: the live count moves, the approved figure does not.
		payment(caseNo, "300", month.atDay(12));
		Dashboard.View view = ActingAs.user(city, () -> dashboard.of(city, month));
		weibin = view.counties().stream().filter(c -> c.countyId() == 1).findFirst().orElseThrow();
		assertThat(weibin.figures().get(wages)).isEqualByComparingTo("5000");
		assertThat(counts(open(DemoUsers.COUNTY_OFFICER, month.plusMonths(1))).get("WAGES_RECOVERED")).isEqualByComparingTo("0");
		assertThat(jdbc.queryForObject("select value from case_month_figure where county_id = 1 and month = ? and figure = 'WAGES_RECOVERED'",
				BigDecimal.class, month.atDay(1))).isEqualByComparingTo("5300");
		// Two versions kept; the second changed the consultations from 40 to 42.
		ReportView seen = ActingAs.user(city, () -> reports.view(city, report));
		assertThat(seen.versions()).hasSize(2);
		assertThat(seen.changes(seen.versions().get(0))).extracting(c -> c.indicator().code()).containsExactly("LEGAL_CONSULTATIONS");
		// A correction reopens it; the dashboard keeps the approved version meanwhile.
		mvc.perform(post("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", "0").param("value[" + consultations + "]", "1"))
			.andExpect(status().isConflict());
		mvc.perform(post("/reports/" + report + "/reopen").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", "2").param("reason", "想改"))
			.andExpect(status().isForbidden());
		decide("reopen", report, "reason", "漏报两次咨询");
		assertThat(ActingAs.user(city, () -> dashboard.of(city, month)).counties().stream()
			.filter(c -> c.countyId() == 1).findFirst().orElseThrow().figures().get(consultations)).isEqualByComparingTo("42");

		// The workbook: the totals sheet and Weibin's sheet hold the dashboard's numbers, as numbers.
		byte[] xlsx = mvc.perform(get("/reports/dashboard/export.xlsx").param("month", month.toString())
			.with(fixtures.as(DemoUsers.CITY_STAFF)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + view.counties().size());
			Sheet totals = workbook.getSheetAt(0);
			Sheet weibinSheet = workbook.getSheet("渭滨区");
			assertThat(totals.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标");
			for (int i = 0; i < view.indicators().size(); i++) {
				IndicatorView indicator = view.indicators().get(i);
				Row total = totals.getRow(i + 1);
				assertThat(total.getCell(0).getStringCellValue()).isEqualTo(indicator.nameZh());
				assertNumber(total, 2, view.total().get(indicator.id()));
				assertNumber(total, 3, view.yearToDate().get(indicator.id()));
				assertNumber(total, 4, view.previous().get(indicator.id()));
				assertNumber(weibinSheet.getRow(i + 1), 2, weibin.figures().get(indicator.id()));
			}
		}
	}

	private static void assertNumber(Row row, int column, BigDecimal expected) {
		if (expected == null) {
			assertThat(row.getCell(column) == null || row.getCell(column).getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK).isTrue();
		}
		else {
			assertThat(row.getCell(column).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(BigDecimal.valueOf(row.getCell(column).getNumericCellValue())).isEqualByComparingTo(expected);
		}
	}

	@Test
	void aNewHandIndicatorNeedsNoCodeAndOnceRetiredStaysOnOldReports() throws Exception {
		String code = "TEST_" + Long.toString(System.nanoTime(), 36).toUpperCase();
		mvc.perform(post("/admin/indicators").with(fixtures.as(DemoUsers.ADMIN)).with(csrf()).param("code", code)
			.param("nameZh", "测试讲座" + code).param("nameEn", "Test lectures").param("unit", "COUNT").param("source", "")
			.param("position", "999"))
			.andExpect(redirectedUrl("/admin/indicators"));
		mvc.perform(post("/admin/indicators").with(fixtures.as(DemoUsers.ADMIN)).with(csrf()).param("code", code)
			.param("nameZh", "重复").param("nameEn", "again").param("unit", "COUNT").param("position", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这个代码已经有了")));
		mvc.perform(post("/admin/indicators").with(fixtures.as(DemoUsers.CITY_STAFF)).with(csrf()).param("code", "X_Y"))
			.andExpect(status().isForbidden());
		long id = indicatorId(code);
		long report = open(DemoUsers.COUNTY_OFFICER, month);
		fillAndSubmit(report, "3");
		assertThat(jdbc.queryForObject("select count(*) from report_version_value where indicator_id = ?", Long.class, id)).isEqualTo(1);
		long version = jdbc.queryForObject("select version from indicator where id = ?", Long.class, id);
		mvc.perform(post("/admin/indicators/" + id + "/retire").with(fixtures.as(DemoUsers.ADMIN)).with(csrf())
			.param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/admin/indicators"));
		mvc.perform(get("/reports/" + report).with(fixtures.as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("测试讲座" + code)))
			.andExpect(content().string(containsString("已停用")));
		long fresh = open(DemoUsers.COUNTY_OFFICER, month.plusMonths(1));
		mvc.perform(get("/reports/" + fresh).with(fixtures.as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("测试讲座" + code))));
		assertThat(jdbc.queryForObject("select count(*) from indicator where id = ?", Long.class, id)).isEqualTo(1);
	}

	@Test
	void aRiskReportReachesTheCityAtOnceAndIsHandledAndCounted() throws Exception {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		// An officer's risk is in their county: the form asks city staff only.
		mvc.perform(get("/risks/new").with(fixtures.as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"countyId\""))));
		mvc.perform(get("/risks/new").with(fixtures.as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("id=\"countyId\"")));
		String location = mvc.perform(post("/risks").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("kind", "WAGE_ARREARS").param("level", "URGENT").param("enterpriseName", "某建筑劳务公司")
			.param("workersAffected", "45").param("description", "项目停工，工人说两个月没发工资，可能到市里上访"))
			.andExpect(redirectedUrlPattern("/risks/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/risks/".length()));
		mvc.perform(get("/workspace/city").with(fixtures.as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("id=\"new-risks\"")))
			.andExpect(content().string(containsString(location)));
		mvc.perform(get(location).with(fixtures.as("jintai"))).andExpect(status().isNotFound());
		// Another county's officer can neither handle, close nor link it, by its id.
		for (String action : List.of("/steps", "/close", "/link")) {
			mvc.perform(post(location + action).with(fixtures.as("jintai")).with(csrf()).param("version", "0")
				.param("on", today.toString()).param("note", "越权").param("caseNo", "AJ-1"))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/risks").with(fixtures.as("jintai")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(location + "\""))));
		// A blank note is refused by the service and nothing is recorded.
		mvc.perform(post(location + "/steps").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("version", "0")
			.param("on", today.toString()).param("note", "  "))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError",
					org.hamcrest.Matchers.notNullValue()));
		assertThat(jdbc.queryForObject("select count(*) from risk_step where risk_id = ?", Long.class, id)).isZero();
		mvc.perform(get(location).with(fixtures.as(DemoUsers.CITY_STAFF))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select seen_by from risk_report where id = ?", String.class, id)).isEqualTo("city");
		mvc.perform(post(location + "/steps").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("version", "0")
			.param("on", today.plusDays(3).toString()).param("note", "约谈企业负责人"))
			.andExpect(redirectedUrl(location))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("typedStepNote", "约谈企业负责人"));
		long version = jdbc.queryForObject("select version from risk_report where id = ?", Long.class, id);
		mvc.perform(post(location + "/steps").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("on", today.toString()).param("note", "约谈企业负责人"))
			.andExpect(redirectedUrl(location));
		mvc.perform(post(location + "/steps").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("on", today.toString()).param("note", "约谈企业负责人"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("typedStepNote", "约谈企业负责人"));
		version = jdbc.queryForObject("select version from risk_report where id = ?", Long.class, id);
		mvc.perform(post(location + "/link").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("caseNo", "AJ-1999-999999"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError",
					org.hamcrest.Matchers.notNullValue()));
		mvc.perform(post(location + "/close").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version)).param("on", today.toString()).param("note", "工资已发放"))
			.andExpect(redirectedUrl(location));
		assertThat(jdbc.queryForObject("select closed_on is not null from risk_report where id = ?", Boolean.class, id)).isTrue();
		// The same step sent twice (the form's version is now stale) is recorded once.
		assertThat(jdbc.queryForObject("select count(*) from risk_step where risk_id = ?", Long.class, id)).isEqualTo(1);
		// Counted in the month it was reported.
		jdbc.update("update risk_report set reported_at = ?::timestamptz where id = ?", at(month, 1, "00:30"), id);
		assertThat(counts(open(DemoUsers.COUNTY_OFFICER, month)).get("RISK_REPORTS")).isEqualByComparingTo("1");
	}

}
