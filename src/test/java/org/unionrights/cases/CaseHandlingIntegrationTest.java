package org.unionrights.cases;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionrights.intake.WorkerKeys;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.accounts.AccountService;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.RequestStatus;
import org.unionrights.files.TestFiles;
import org.unionrights.intake.TimelineEntry;
import org.unionrights.teams.TeamService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Carrying a case: track steps, the contact log, notes and public replies, documents, the wage
 * ledger, reopening, conflicts and history; and a county officer of another county, or a lawyer
 * not assigned, getting nothing of it.
 */
@IntegrationTest
class CaseHandlingIntegrationTest {

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
	CaseChasing chasing;

	@Autowired
	JdbcTemplate jdbc;

	private CaseFixtures fixtures;

	private String trackingNo;

	private String caseNo;

	private String page;

	@BeforeEach
	void aWeibinCaseOfTheDemoLawyer() throws Exception {
		fixtures = new CaseFixtures(mvc, users, teams, accounts);
		CaseFixtures.WeibinCase weibin = fixtures.weibinCaseOfTheDemoLawyer("13300001", "测试劳务公司");
		trackingNo = weibin.trackingNo();
		caseNo = weibin.caseNo();
		page = weibin.page();
	}

	private RequestPostProcessor as(String username) {
		return fixtures.as(username);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	private java.util.List<TimelineEntry> workerTimeline() {
		return requests.workerView(WorkerKeys.of(trackingNo)).orElseThrow().timeline();
	}

	private long version() {
		return jdbc.queryForObject("select version from legal_case where case_no = ?", Long.class, caseNo);
	}

	@Test
	void theLawyerRecordsMediationStepsWhichDriveItsClockAndShowOnTheWorkersPage() throws Exception {
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "MEDIATION_SESSION").param("stepDate", today().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这个程序还没有开始")));
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "MEDIATION_APPLIED").param("stepDate", today().minusDays(3).toString())
			.param("stepNote", "区劳动争议调解委员会"))
			.andExpect(redirectedUrl(page + "#tracks-heading"));
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "MEDIATION_AGREED").param("stepDate", today().minusDays(4).toString())
			.param("stepNote", "不应保存的说明"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期早于这个程序上一步的日期")))
			.andExpect(content().string(containsString("不应保存的说明")));
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "NOT_A_STEP").param("stepDate", "yesterday"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请按“2026-03-15”的格式填写日期")));

		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("调解：申请调解")))
			.andExpect(content().string(containsString("进行中")))
			// The step started the mediation clock (15 days).
			.andExpect(content().string(containsString("调解期限（15日）")))
			.andExpect(content().string(not(containsString("不应保存的说明"))));
		assertThat(workerTimeline()).anySatisfy(entry -> {
			assertThat(entry.stepKey()).isEqualTo("caseStep.MEDIATION_APPLIED");
			assertThat(entry.stepArgs()).containsExactly(today().minusDays(3).toString());
		});
		assertThat(workerTimeline()).noneMatch(entry -> entry.text() != null && entry.text().contains("区劳动争议调解委员会"));
	}

	@Test
	void aWrongStepIsVoidedWithItsClockAndASecondMediationRunsItsOwnClock() throws Exception {
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "MEDIATION_APPLIED").param("stepDate", today().minusDays(40).toString()));
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "MEDIATION_FAILED").param("stepDate", today().minusDays(35).toString()));
		java.util.List<Long> steps = jdbc.queryForList("select s.id from case_step s join legal_case c on c.id = s.case_id "
				+ "where c.case_no = ? order by s.id", Long.class, caseNo);
		// Only the last step of a track may be voided.
		mvc.perform(get(page + "/steps/" + steps.get(0) + "/void").with(as(DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能撤销这个程序的最后一步")));
		mvc.perform(post(page + "/steps/" + steps.get(0) + "/void").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("reason", "试试"))
			.andExpect(content().string(containsString("只能撤销这个程序的最后一步")));
		mvc.perform(post(page + "/steps/" + steps.get(1) + "/void").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("reason", "调解尚未结束，误录"))
			.andExpect(redirectedUrl(page + "#tracks-heading"));
		// The failure's clock event went with it: mediation runs again (overdue: applied 40 days ago).
		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("已由公益律师 陈静撤销：调解尚未结束，误录")))
			.andExpect(content().string(containsString("已过期限")));
		assertThat(workerTimeline()).anyMatch(entry -> "caseStep.STEP_VOIDED".equals(entry.stepKey()));
		// Failed after all; a second mediation, applied 5 days ago, has its own 15 days.
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "MEDIATION_FAILED").param("stepDate", today().minusDays(30).toString()));
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("step", "MEDIATION_APPLIED").param("stepDate", today().minusDays(5).toString()))
			.andExpect(redirectedUrl(page + "#tracks-heading"));
		CaseClocksReading mediation = mediationReading();
		assertThat(mediation.state()).isEqualTo(org.unionrights.deadlines.ClockReading.State.RUNNING);
		// The list does not flag a closed case's clocks.
		mvc.perform(post(page + "/close").with(as(DemoUsers.LAWYER)).with(csrf()).param("outcome", "NOT_RESOLVED")
			.param("version", Long.toString(version())));
		jdbc.update("update case_clock_event set event_date = event_date - 60 where case_id = "
				+ "(select id from legal_case where case_no = ?)", caseNo);
		String list = mvc.perform(get("/cases").with(as(DemoUsers.LAWYER))).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]*>\\s*<td><a href=\"/cases/" + caseNo
				+ "\"[\\s\\S]*?</tr>").matcher(list);
		assertThat(row.find()).isTrue();
		assertThat(row.group()).doesNotContain("时限已过");
	}

	private record CaseClocksReading(org.unionrights.deadlines.ClockReading.State state) {
	}

	@SuppressWarnings("unchecked")
	private CaseClocksReading mediationReading() throws Exception {
		var readings = (java.util.List<org.unionrights.deadlines.ClockReading>) mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andReturn().getModelAndView().getModel().get("readings");
		return readings.stream()
			.filter(r -> r.rule() == org.unionrights.deadlines.ClockRule.MEDIATION)
			.map(r -> new CaseClocksReading(r.state()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aStaleCloseOrReopenIsRefusedWithTheInputKept() throws Exception {
		long opened = version();
		mvc.perform(post(page + "/amounts").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(opened)).param("amountClaimed", "24000").param("amountAgreed", "18000"));
		mvc.perform(post(page + "/close").with(as(DemoUsers.LAWYER)).with(csrf()).param("outcome", "MEDIATION")
			.param("note", "保留的办结说明").param("version", Long.toString(opened)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("别人修改了这条记录")))
			.andExpect(content().string(containsString("保留的办结说明")));
		assertThat(jdbc.queryForObject("select status from legal_case where case_no = ?", String.class, caseNo))
			.isEqualTo("OPEN");
		// The page now carries the current version: closing again works.
		long current = version();
		mvc.perform(post(page + "/close").with(as(DemoUsers.LAWYER)).with(csrf()).param("outcome", "MEDIATION")
			.param("version", Long.toString(current)))
			.andExpect(redirectedUrl(page));
		long closed = version();
		requests.rate(WorkerKeys.of(trackingNo), 4, null);
		mvc.perform(post(page + "/reopen").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("version", Long.toString(closed)).param("reason", "保留的重新办理原因"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("保留的重新办理原因")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
		mvc.perform(post(page + "/reopen").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("version", Long.toString(version())).param("reason", "保留的重新办理原因"))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page + "/history").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("职工评价")));
	}

	@Test
	void theLawyerSeesTheWorkersFullNumberOnRequestAndThatIsAudited() throws Exception {
		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("张三")))
			.andExpect(content().string(not(containsString("13300001"))));
		mvc.perform(post(page + "/reveal").with(as(DemoUsers.LAWYER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13300001")));
		mvc.perform(get(page + "/history").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("查看完整联系方式")));
	}

	@Test
	void notesStayInternalRepliesReachTheWorkerAndContactsAreLogged() throws Exception {
		mvc.perform(post(page + "/entries").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("entryKind", "NOTE").param("text", "老板态度强硬，准备申请仲裁。"))
			.andExpect(redirectedUrl(page + "#log-heading"));
		mvc.perform(post(page + "/entries").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("entryKind", "PUBLIC_REPLY").param("text", "张师傅，我们已约谈单位，下周一给答复。"))
			.andExpect(redirectedUrl(page + "#log-heading"));
		mvc.perform(post(page + "/entries").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("entryKind", "CONTACT").param("text", "伪造的联系记录"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("伪造的联系记录")));
		mvc.perform(post(page + "/contacts").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("channel", "PHONE").param("party", "EMPLOYER").param("contactDate", today().toString())
			.param("summary", "单位财务同意分两期支付。"))
			.andExpect(redirectedUrl(page + "#log-heading"));
		mvc.perform(post(page + "/contacts").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("channel", "PHONE").param("party", "EMPLOYER").param("contactDate", today().plusDays(2).toString())
			.param("summary", "未来的联系"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能填以后的日子")));

		mvc.perform(get(page).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("老板态度强硬")))
			.andExpect(content().string(containsString("单位财务同意分两期支付")))
			.andExpect(content().string(containsString("电话 · 用人单位")))
			.andExpect(content().string(not(containsString("伪造的联系记录"))));
		assertThat(workerTimeline()).anyMatch(entry -> "张师傅，我们已约谈单位，下周一给答复。".equals(entry.text()));
		assertThat(workerTimeline()).noneMatch(entry -> entry.text() != null && entry.text().contains("老板态度强硬"));
		assertThat(workerTimeline()).noneMatch(entry -> entry.text() != null && entry.text().contains("分两期"));
	}

	@Test
	void twoPartialPaymentsPerWorkerAndAnAdvanceAddUpAndAWrongLineIsVoided() throws Exception {
		String paidOn = today().minusDays(1).toString();
		mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", paidOn).param("amount", "8000")
			.param("payer", "某建工集团有限公司").param("workerName", "张三"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", today().toString()).param("amount", "6000.50")
			.param("payer", "某建工集团有限公司"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		mvc.perform(post(page + "/payments").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("paymentKind", "ADVANCE").param("paidOn", today().toString()).param("amount", "3000")
			.param("payer", "渭滨区总工会").param("workerName", "李四"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		// Wrong input: nothing written, the input kept beside the error.
		for (String amount : new String[] { "-5", "0", "12.345", "一万", "123456789" }) {
			mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
				.param("paymentKind", "PAYMENT").param("paidOn", paidOn).param("amount", amount)
				.param("payer", "保留的付款方" + amount))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("保留的付款方" + amount)))
				.andExpect(content().string(containsString("is-invalid")));
		}
		mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", paidOn).param("amount", "100")
			.param("payer", "单位").param("workerName", "不在名单的人"))
			.andExpect(content().string(containsString("名单上没有这名职工")));

		WageLedger.CaseLedger ledger = ledger();
		assertThat(ledger.claimed()).isEqualByComparingTo("24000");
		assertThat(ledger.recovered()).isEqualByComparingTo("14000.50");
		assertThat(ledger.advanced()).isEqualByComparingTo("3000");
		assertThat(ledger.outstanding()).isEqualByComparingTo("9999.50");
		assertThat(ledger.lines()).hasSize(3);
		assertThat(ledger.workers()).extracting(WageLedger.WorkerLine::name).containsExactly("张三", "李四", "王五");
		assertThat(ledger.workers().get(0).paid()).isEqualByComparingTo("8000");
		assertThat(ledger.workers().get(1).paid()).isEqualByComparingTo("0");
		assertThat(ledger.unallocated()).isEqualByComparingTo("6000.50");
		assertThat(workerTimeline()).anySatisfy(entry -> {
			assertThat(entry.stepKey()).isEqualTo("caseStep.PAYMENT");
			assertThat(entry.stepArgs()).containsExactly(paidOn, "8000");
		});

		// Voiding: asked first; the officer did not record the lawyer's line; the lawyer may.
		long lawyersLine = ledger.lines().get(0).id();
		mvc.perform(get(page + "/payments/" + lawyersLine + "/void").with(as(DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("作废后这笔记录仍保留在台账上")));
		mvc.perform(post(page + "/payments/" + lawyersLine + "/void").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("reason", "我想改"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只有记录人或市总工会工作人员可以作废")));
		mvc.perform(post(page + "/payments/" + lawyersLine + "/void").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("reason", " "))
			.andExpect(content().string(containsString("这一项不能空着")));
		mvc.perform(post(page + "/payments/" + lawyersLine + "/void").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("reason", "付款人录错"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		assertThat(ledger().recovered()).isEqualByComparingTo("6000.50");
		assertThat(ledger().lines()).hasSize(3).filteredOn(PaymentView::voided).hasSize(1);
		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("已由公益律师 陈静作废：付款人录错")));
	}

	@Test
	void aPaymentPastWhatIsOwedNeedsAConfirmedReasonAndTheLedgerMarksIt() throws Exception {
		String paidOn = today().toString();
		// 99,999 yuan for a worker owed 8,000: refused, nothing written, nothing shown to the worker,
		// what was typed kept and the reason asked for beside its field.
		mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", paidOn).param("amount", "99999")
			.param("payer", "某建工集团有限公司").param("workerName", "张三"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过了名单上欠他的钱")))
			.andExpect(content().string(containsString("id=\"overReason\"")))
			.andExpect(content().string(containsString("value=\"99999\"")));
		assertThat(ledger().lines()).isEmpty();
		assertThat(workerTimeline()).noneMatch(entry -> "caseStep.PAYMENT".equals(entry.stepKey()));
		// The whole group past the 24,000 claimed: refused too.
		mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", paidOn).param("amount", "30000").param("payer", "单位"))
			.andExpect(content().string(containsString("超过了约定（或主张）的金额")));
		// An advance is not a recovery: no check.
		mvc.perform(post(page + "/payments").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("paymentKind", "ADVANCE").param("paidOn", paidOn).param("amount", "30000").param("payer", "区总工会"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		// Confirmed with a reason: recorded, and the ledger marks the over-recovery.
		mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", paidOn).param("amount", "9000")
			.param("payer", "某建工集团有限公司").param("workerName", "张三").param("overReason", "含经济补偿金1000元"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		assertThat(ledger().workers().get(0).overpaid()).isTrue();
		assertThat(ledger().overRecovered()).isFalse();
		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("超额：含经济补偿金1000元")));
	}

	private WageLedger.CaseLedger ledger() throws Exception {
		return (WageLedger.CaseLedger) mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("ledger");
	}

	@Test
	void aStaleAmountsFormIsRefusedWithTheInputKeptAndEveryChangeIsInTheHistory() throws Exception {
		long opened = version();
		mvc.perform(post(page + "/amounts").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(opened)).param("amountClaimed", "24000").param("amountAgreed", "20000"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		// The lawyer's form was opened before the officer saved.
		mvc.perform(post(page + "/amounts").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("version", Long.toString(opened)).param("amountClaimed", "30000").param("amountAgreed", "21111"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("别人修改了这条记录")))
			.andExpect(content().string(containsString("21111")));
		assertThat(ledgerAmounts()).containsExactly("24000.00", "20000.00");
		// A note meanwhile does not make an open form stale.
		long now = version();
		mvc.perform(post(page + "/entries").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("entryKind", "NOTE").param("text", "备注"));
		assertThat(version()).isEqualTo(now);

		// The history speaks the reader's language, names people by name, and shows no raw values.
		mvc.perform(get(page + "/history").with(as(DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("修改金额")))
			.andExpect(content().string(containsString("主张金额 24,000.00 → 24,000.00；约定金额 — → 20,000.00")))
			.andExpect(content().string(containsString("渭滨区总工会 李强")))
			.andExpect(content().string(containsString("受理为案件")))
			.andExpect(content().string(not(containsString("null"))))
			.andExpect(content().string(not(containsString(">weibin<"))));
		mvc.perform(get(page + "/history").param("lang", "en").with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("Claimed 24,000.00 → 24,000.00; agreed — → 20,000.00")))
			.andExpect(content().string(containsString("handled by 公益律师 陈静 of 渭滨区总工会法律援助工作站")));
	}

	@Test
	void stepsContactsAndClocksAreSaidInWordsAndTheWorkerReadsThePortalsRepliesInTheirLanguage() throws Exception {
		String today = today().toString();
		mvc.perform(post(page + "/steps").with(as(DemoUsers.LAWYER)).with(csrf()).param("step", "MEDIATION_APPLIED")
			.param("stepDate", today));
		mvc.perform(post(page + "/contacts").with(as(DemoUsers.LAWYER)).with(csrf()).param("channel", "PHONE")
			.param("party", "WORKER").param("contactDate", today).param("summary", "已联系"));
		String history = mvc.perform(get(page + "/history").with(as(DemoUsers.COUNTY_OFFICER)))
			.andReturn().getResponse().getContentAsString();
		assertThat(history).contains("调解：申请调解（" + today + "）", "电话联系职工（" + today + "）", "调解期限（15日）：开始")
			.doesNotContain("MEDIATION_APPLIED", "PHONE WORKER", "MEDIATION STARTED", ">lawyer<");
		String english = mvc.perform(get(page + "/history").param("lang", "en").with(as(DemoUsers.COUNTY_OFFICER)))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Phone with Worker").doesNotContain("电话联系职工");
		// "Accepted, handled by …" was written by the portal: the worker reads it in the language they read in.
		assertThat(workerTimeline()).anySatisfy(entry -> assertThat(entry.stepKey()).isEqualTo("case.accepted.reply"));
	}

	private java.util.List<String> ledgerAmounts() {
		return jdbc.queryForList("select amount_claimed::text from legal_case where case_no = ? union all "
				+ "select amount_agreed::text from legal_case where case_no = ?", String.class, caseNo, caseNo);
	}

	@Test
	void forgedFieldsChangeNothingTheUserMayNotChange() throws Exception {
		long officer = accounts.findByUsername(DemoUsers.COUNTY_OFFICER).orElseThrow().id();
		// The amounts form takes amounts only: county, status and assignee in the post are ignored.
		mvc.perform(post(page + "/amounts").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("version", Long.toString(version())).param("amountClaimed", "25000")
			.param("countyId", "2").param("status", "CLOSED").param("lawyerAccountId", Long.toString(officer))
			.param("teamId", "1").param("outcome", "JUDGMENT"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		assertThat(jdbc.queryForMap("select county_id, status, lawyer_account_id, outcome from legal_case where case_no = ?",
				caseNo))
			.containsEntry("county_id", 1L)
			.containsEntry("status", "OPEN")
			.containsEntry("lawyer_account_id", accounts.findByUsername(DemoUsers.LAWYER).orElseThrow().id())
			.containsEntry("outcome", null);
		// An officer cannot hand the case to another county's team, nor to someone outside the team.
		org.unionrights.teams.TeamView jintaiStation = fixtures.team("金台区总工会法律援助工作站");
		mvc.perform(post(page + "/assignment").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version())).param("assignment", fixtures.assignment(jintaiStation, DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不负责这个区县")));
		mvc.perform(post(page + "/assignment").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version()))
			.param("assignment", fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("所选律师不在这个团队中")));
		assertThat(jdbc.queryForObject("select lawyer_account_id from legal_case where case_no = ?", Long.class, caseNo))
			.isEqualTo(accounts.findByUsername(DemoUsers.LAWYER).orElseThrow().id());
		// Only staff reassign.
		mvc.perform(post(page + "/assignment").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("version", Long.toString(version()))
			.param("assignment", fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER)))
			.andExpect(status().isForbidden());
		// A payment is recorded by whoever is signed in, whatever the form says.
		mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", today().toString()).param("amount", "100")
			.param("payer", "单位").param("recordedBy", "city").param("voidedBy", "city"))
			.andExpect(redirectedUrl(page + "#ledger-heading"));
		assertThat(jdbc.queryForMap("select recorded_by, voided_by from case_payment p join legal_case c on c.id = p.case_id "
				+ "where c.case_no = ?", caseNo)).containsEntry("recorded_by", "lawyer").containsEntry("voided_by", null);
		// A line of another case cannot be voided through this one.
		String other = fixtures.open(fixtures.file(1, "13300002001"),
				fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		long line = jdbc.queryForObject("select p.id from case_payment p join legal_case c on c.id = p.case_id "
				+ "where c.case_no = ?", Long.class, caseNo);
		mvc.perform(post("/cases/" + other + "/payments/" + line + "/void").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("reason", "换个案件作废"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select voided_at is null from case_payment where id = ?", Boolean.class, line)).isTrue();
	}

	@Test
	void anOfficerOfAnotherCountyAndAnUnassignedLawyerGetNothingOfTheCase() throws Exception {
		mvc.perform(multipart(page + "/attachments").file(new org.springframework.mock.web.MockMultipartFile("file", "协议文件", "application/pdf", TestFiles.pdf()))
			.with(as(DemoUsers.LAWYER)).with(csrf()))
			.andExpect(flash().attributeExists("flashSuccess"));
		long attachment = jdbc.queryForObject("select a.id from case_attachment a join legal_case c on c.id = a.case_id "
				+ "where c.case_no = ?", Long.class, caseNo);
		accounts.create(new org.unionrights.accounts.NewAccount("unassigned.lawyer", "未指派的律师",
				org.unionrights.security.Role.LAWYER, null, "Unassigned-lawyer-2026"));
		for (String outsider : new String[] { JINTAI, "unassigned.lawyer" }) {
			mvc.perform(get("/cases").with(as(outsider))).andExpect(content().string(not(containsString(caseNo))));
			mvc.perform(get(page).with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get(page + "/history").with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get(page + "/attachments/" + attachment).with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(post(page + "/amounts").with(as(outsider)).with(csrf()).param("version", "0")
				.param("amountClaimed", "1")).andExpect(status().isNotFound());
			mvc.perform(post(page + "/payments").with(as(outsider)).with(csrf()).param("paymentKind", "PAYMENT")
				.param("paidOn", today().toString()).param("amount", "1").param("payer", "x"))
				.andExpect(status().isNotFound());
			mvc.perform(post(page + "/steps").with(as(outsider)).with(csrf()).param("step", "SUIT_FILED")
				.param("stepDate", today().toString())).andExpect(status().isNotFound());
			mvc.perform(post(page + "/entries").with(as(outsider)).with(csrf()).param("entryKind", "NOTE")
				.param("text", "x")).andExpect(status().isNotFound());
			mvc.perform(multipart(page + "/attachments").file(new org.springframework.mock.web.MockMultipartFile("file", "协议文件", "image/png", TestFiles.png(7)))
				.with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(post(page + "/chase").with(as(JINTAI)).with(csrf()).param("reason", "x")).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from case_payment p join legal_case c on c.id = p.case_id "
				+ "where c.case_no = ?", Long.class, caseNo)).isZero();
		// The county's ledger and export leave it out; the case's own county has it.
		String employer = jdbc.queryForObject("select employer_name from legal_case where case_no = ?", String.class, caseNo);
		mvc.perform(get("/ledger").with(as(DemoUsers.COUNTY_OFFICER))).andExpect(content().string(containsString(employer)));
		mvc.perform(get("/ledger").with(as(JINTAI)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(employer))));
		mvc.perform(get("/triage/export.csv").param("status", "").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(trackingNo)));
		mvc.perform(get("/triage/export.csv").param("status", "").with(as(JINTAI)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(trackingNo))));
		// Everything else a case has, by hand: closing, reopening, reassigning, contacts, clocks, voiding.
		String unrelated = fixtures.open(fixtures.file(1, "13300004001"),
				fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		for (String outsider : new String[] { JINTAI, "unassigned.lawyer" }) {
			mvc.perform(post(page + "/close").with(as(outsider)).with(csrf()).param("outcome", "WITHDRAWN")
				.param("version", Long.toString(version()))).andExpect(status().isNotFound());
			mvc.perform(post(page + "/contacts").with(as(outsider)).with(csrf()).param("channel", "PHONE")
				.param("party", "WORKER").param("contactDate", today().toString()).param("summary", "x"))
				.andExpect(status().isNotFound());
			mvc.perform(post(page + "/clocks").with(as(outsider)).with(csrf()).param("rule", "MEDIATION")
				.param("kind", "STARTED").param("date", today().toString())).andExpect(status().isNotFound());
			mvc.perform(post(page + "/reveal").with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(post(page + "/assignment").with(as(JINTAI)).with(csrf()).param("version", Long.toString(version()))
			.param("assignment", fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER)))
			.andExpect(status().isNotFound());
		// The lawyer of both cases cannot reach this case's document through the other case.
		mvc.perform(get("/cases/" + unrelated + "/attachments/" + attachment).with(as(DemoUsers.LAWYER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/ledger").with(as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
		// Its own people do.
		mvc.perform(get(page + "/attachments/" + attachment).with(as(DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void documentsAreCheckedLikeEvidenceAndKeptOnce() throws Exception {
		mvc.perform(multipart(page + "/attachments").file(new org.springframework.mock.web.MockMultipartFile("file", "协议文件", "application/pdf", TestFiles.executable()))
			.with(as(DemoUsers.LAWYER)).with(csrf()))
			.andExpect(flash().attribute("flashError", new org.unionrights.common.web.Flash.Message("file.type",
					java.util.List.of("协议文件"))));
		mvc.perform(multipart(page + "/attachments").with(as(DemoUsers.LAWYER)).with(csrf()))
			.andExpect(flash().attribute("flashError", new org.unionrights.common.web.Flash.Message("attachment.choose",
					java.util.List.of())));
		mvc.perform(multipart(page + "/attachments").file(new org.springframework.mock.web.MockMultipartFile("file", "协议文件", "image/png", TestFiles.png(3)))
			.with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()))
			.andExpect(flash().attributeExists("flashSuccess"));
		mvc.perform(multipart(page + "/attachments").file(new org.springframework.mock.web.MockMultipartFile("file", "协议文件", "image/png", TestFiles.png(3)))
			.with(as(DemoUsers.LAWYER)).with(csrf()))
			.andExpect(flash().attribute("flashError", new org.unionrights.common.web.Flash.Message("attachment.duplicate",
					java.util.List.of("协议文件"))));
		assertThat(jdbc.queryForObject("select count(*) from case_attachment a join legal_case c on c.id = a.case_id "
				+ "where c.case_no = ?", Long.class, caseNo)).isEqualTo(1);
	}

	@Test
	void onlyCityStaffReopenAClosedCaseAndOnlyWithAReason() throws Exception {
		mvc.perform(post(page + "/close").with(as(DemoUsers.LAWYER)).with(csrf()).param("outcome", "MEDIATION")
			.param("version", Long.toString(version())));
		mvc.perform(post(page + "/payments").with(as(DemoUsers.LAWYER)).with(csrf()).param("paymentKind", "PAYMENT")
			.param("paidOn", today().toString()).param("amount", "1").param("payer", "x"))
			.andExpect(flash().attribute("flashError", new org.unionrights.common.web.Flash.Message("case.closed",
					java.util.List.of())));
		assertThat(workerTimeline()).anyMatch(entry -> "caseStep.OUTCOME_MEDIATION".equals(entry.stepKey()));
		mvc.perform(post(page + "/reopen").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", Long.toString(version())).param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/reopen").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("version", Long.toString(version())).param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/reopen").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("version", Long.toString(version())).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这一项不能空着")));
		mvc.perform(post(page + "/reopen").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("version", Long.toString(version())).param("reason", "单位第二期没有按协议支付，重新办理。"))
			.andExpect(redirectedUrl(page));
		assertThat(requests.workerView(WorkerKeys.of(trackingNo)).orElseThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(workerTimeline()).anyMatch(entry -> "单位第二期没有按协议支付，重新办理。".equals(entry.text()));
		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("重新办理原因")))
			.andExpect(content().string(containsString("办理中")));
		mvc.perform(get(page + "/history").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("重新办理案件")));
		// Reopened twice? It is open: refused.
		mvc.perform(post(page + "/reopen").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("version", Long.toString(version())).param("reason", "再来"))
			.andExpect(flash().attribute("flashError", new org.unionrights.common.web.Flash.Message("case.notClosed",
					java.util.List.of())));
	}

	private boolean flagged(String column) {
		return jdbc.queryForObject("select " + column + " is not null from legal_case where case_no = ?", Boolean.class,
				caseNo);
	}

	@Test
	void anIdleCaseIsChasedThenEscalatedAndEachIsAnsweredByWhomItCallsOn() throws Exception {
		// A case of three weeks with no contact with the worker and nothing recorded.
		jdbc.update("update legal_case set opened_at = now() - interval '21 days', last_activity_at = now() - interval '21 days'"
				+ " where case_no = ?", caseNo);
		chasing.sweep();
		assertThat(flagged("chased_at")).isTrue();
		assertThat(flagged("escalated_at")).isFalse();
		mvc.perform(get("/cases").param("flag", "chased").with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString(caseNo)));
		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("尚未联系职工")));
		// Two weeks later the chase is still unanswered: escalated to the city.
		jdbc.update("update legal_case set chased_at = now() - interval '14 days' where case_no = ?", caseNo);
		chasing.sweep();
		assertThat(flagged("escalated_at")).isTrue();
		mvc.perform(get("/cases").param("flag", "escalated").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(caseNo)));
		mvc.perform(get(page + "/history").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("催办后5个工作日仍无回应，系统自动上报")))
			.andExpect(content().string(containsString("<td>系统</td>")));

		// The county officer's note answers neither; the lawyer's call answers the chase only.
		mvc.perform(post(page + "/entries").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("entryKind", "NOTE")
			.param("text", "已提醒律师"));
		assertThat(flagged("chased_at")).isTrue();
		mvc.perform(post(page + "/contacts").with(as(DemoUsers.LAWYER)).with(csrf()).param("channel", "PHONE")
			.param("party", "WORKER").param("contactDate", today().toString()).param("summary", "已联系职工"));
		assertThat(flagged("chased_at")).isFalse();
		assertThat(flagged("worker_contact_at")).isTrue();
		assertThat(flagged("escalated_at")).isTrue();
		// City staff's work answers the escalation.
		mvc.perform(post(page + "/entries").with(as(DemoUsers.CITY_STAFF)).with(csrf()).param("entryKind", "NOTE")
			.param("text", "市总已协调用人单位"));
		assertThat(flagged("escalated_at")).isFalse();
		mvc.perform(get("/cases").param("flag", "escalated").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(not(containsString(caseNo))));

		// By hand: staff chase or escalate with a word; a lawyer cannot.
		mvc.perform(post(page + "/chase").with(as(DemoUsers.LAWYER)).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/escalate").with(as(DemoUsers.LAWYER)).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		// Escalating has its own reason: the refusal sits beside it, not beside the chase's words.
		mvc.perform(post(page + "/escalate").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这一项不能空着")))
			.andExpect(content().string(containsString("id=\"escalate-reason-error\"")))
			.andExpect(content().string(not(containsString("id=\"chase-reason-error\""))));
		mvc.perform(post(page + "/escalate").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("reason", "单位拒不配合，请市总协调"))
			.andExpect(redirectedUrl(page));
		assertThat(flagged("escalated_at")).isTrue();
		mvc.perform(get("/workspace/city").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("件案件已上报市总")));
	}

	@Test
	void theLedgerRollsUpByCountyAndEmployerAndARepeatEmployerStandsOut() throws Exception {
		String employer = "反复欠薪建筑公司" + System.nanoTime();
		String first = fixtures.open(fixtures.file(1, "13300003001", employer),
				fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		mvc.perform(get("/cases/" + first).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(not(containsString("该单位已有"))));
		String second = fixtures.open(fixtures.file(1, "13300003002", employer),
				fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER), DemoUsers.CITY_STAFF);
		mvc.perform(post("/cases/" + second + "/payments").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("paymentKind", "PAYMENT").param("paidOn", today().toString()).param("amount", "5000")
			.param("payer", employer));
		mvc.perform(get("/cases/" + first).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("该单位已有2件欠薪案件")));

		WageLedger.Totals city = (WageLedger.Totals) mvc.perform(get("/ledger").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("多次欠薪")))
			.andReturn().getModelAndView().getModel().get("totals");
		LedgerQueries.EmployerRow row = city.employers().stream()
			.filter(e -> e.employerName().equals(employer))
			.findFirst()
			.orElseThrow();
		assertThat(row.arrearsCases()).isEqualTo(2);
		assertThat(row.repeat()).isTrue();
		assertThat(row.claimed()).isEqualByComparingTo("48000");
		assertThat(row.recovered()).isEqualByComparingTo("5000");
		// Workers helped count the whole roster (three here), migrant workers apart (all three).
		LedgerQueries.CountyRow weibin = city.counties().stream().filter(c -> c.countyId() == 1).findFirst().orElseThrow();
		fixtures.open(fixtures.file(1, "13300003003", employer + "乙"),
				fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER), DemoUsers.CITY_STAFF);
		WageLedger.Totals after = (WageLedger.Totals) mvc.perform(get("/ledger").with(as(DemoUsers.CITY_STAFF)))
			.andReturn().getModelAndView().getModel().get("totals");
		LedgerQueries.CountyRow weibinAfter = after.counties().stream().filter(c -> c.countyId() == 1).findFirst().orElseThrow();
		assertThat(weibinAfter.cases()).isEqualTo(weibin.cases() + 1);
		assertThat(weibinAfter.workersHelped()).isEqualTo(weibin.workersHelped() + 3);
		assertThat(weibinAfter.migrantWorkers()).isEqualTo(weibin.migrantWorkers() + 3);
		assertThat(weibinAfter.claimed()).isEqualByComparingTo(weibin.claimed().add(new java.math.BigDecimal("24000")));
		weibin = weibinAfter;
		WageLedger.Totals officer = (WageLedger.Totals) mvc.perform(get("/ledger").with(as(DemoUsers.COUNTY_OFFICER)))
			.andReturn().getModelAndView().getModel().get("totals");
		assertThat(officer.counties()).singleElement().isEqualTo(weibin);
		assertThat(officer.months()).hasSize(12);
		assertThat(officer.months().get(0).recovered()).isGreaterThanOrEqualTo(new java.math.BigDecimal("5000"));
		WageLedger.Totals jintai = (WageLedger.Totals) mvc.perform(get("/ledger").with(as(JINTAI)))
			.andReturn().getModelAndView().getModel().get("totals");
		assertThat(jintai.counties()).allMatch(c -> c.countyId() == 2);
		assertThat(jintai.employers()).noneMatch(e -> e.employerName().equals(employer));
	}

}
