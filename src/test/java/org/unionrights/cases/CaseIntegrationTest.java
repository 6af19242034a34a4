package org.unionrights.cases;

import org.junit.jupiter.api.Test;
import org.unionrights.intake.WorkerKeys;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.RequestStatus;
import org.unionrights.teams.TeamService;
import org.unionrights.teams.TeamView;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accepting a request as a case, assigning it, and closing it; each within what a user may see.
 */
@IntegrationTest
class CaseIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HelpRequestService requests;

	@Autowired
	TeamService teams;

	@Autowired
	org.unionrights.accounts.AccountService accounts;

	private CaseFixtures fixtures;

	@org.junit.jupiter.api.BeforeEach
	void fixtures() {
		fixtures = new CaseFixtures(mvc, users, teams, accounts);
	}

	private RequestPostProcessor as(String username) {
		return fixtures.as(username);
	}

	private String file(long countyId, String mobile) throws Exception {
		return fixtures.file(countyId, mobile);
	}

	private TeamView weibinStation() {
		return fixtures.team(CaseFixtures.WEIBIN_STATION);
	}

	private String assignment(TeamView team, String username) {
		return fixtures.assignment(team, username);
	}

	private String open(String trackingNo, String assignment, String username) throws Exception {
		return fixtures.open(trackingNo, assignment, username);
	}

	@Test
	void anOfficerAcceptsARequestAndTheLawyerClosesItAndTheWorkerMayRate() throws Exception {
		String trackingNo = file(1, "13300000001");
		mvc.perform(get("/cases/new").param("request", trackingNo).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("渭滨区总工会法律援助工作站")))
			.andExpect(content().string(containsString("宝鸡市职工维权律师服务团")))
			.andExpect(content().string(not(containsString("金台区总工会法律援助工作站"))));
		String caseNo = open(trackingNo, assignment(weibinStation(), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		assertThat(caseNo).matches("^AJ-[0-9]{4}-[0-9]{6,}$");
		assertThat(requests.workerView(WorkerKeys.of(trackingNo)).orElseThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(requests.workerView(WorkerKeys.of(trackingNo)).orElseThrow().timeline())
			.anyMatch(entry -> entry.text() != null && entry.text().contains("公益律师 陈静"));

		mvc.perform(get("/cases").with(as(DemoUsers.LAWYER))).andExpect(content().string(containsString(caseNo)));
		mvc.perform(get("/cases/" + caseNo).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("办理中")))
			.andExpect(content().string(containsString("公益律师 陈静")));
		mvc.perform(post("/cases/" + caseNo + "/close").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("outcome", "").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这一项不能空着")));
		mvc.perform(post("/cases/" + caseNo + "/close").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("outcome", "MEDIATION").param("note", "调解达成协议，分两期支付").param("version", "0"))
			.andExpect(redirectedUrlPattern("/cases/AJ-*"));
		assertThat(requests.workerView(WorkerKeys.of(trackingNo)).orElseThrow().status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(requests.workerView(WorkerKeys.of(trackingNo)).orElseThrow().canRate()).isTrue();
		mvc.perform(post("/cases/" + caseNo + "/close").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("outcome", "JUDGMENT").param("version", "1"))
			.andExpect(flash().attribute("flashError",
					new org.unionrights.common.web.Flash.Message("case.closed", java.util.List.of())));
	}

	@Test
	void forgedAssignmentsAreRefused() throws Exception {
		String trackingNo = file(1, "13300000002");
		TeamView jintai = teams.list().stream().filter(t -> t.name().equals("金台区总工会法律援助工作站")).findFirst()
			.orElseThrow();
		long lawyer = accounts.findByUsername(DemoUsers.LAWYER).orElseThrow().id();
		mvc.perform(post("/cases").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("request", trackingNo)
			.param("assignment", jintai.id() + ":" + lawyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不负责这个区县")));
		long officer = accounts.findByUsername(DemoUsers.COUNTY_OFFICER).orElseThrow().id();
		mvc.perform(post("/cases").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("request", trackingNo)
			.param("assignment", weibinStation().id() + ":" + officer))
			.andExpect(content().string(containsString("所选律师不在这个团队中")));
		mvc.perform(post("/cases").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("request", trackingNo)
			.param("assignment", "1;drop"))
			.andExpect(content().string(containsString("填得不对")));
		assertThat(requests.workerView(WorkerKeys.of(trackingNo)).orElseThrow().status()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void eachSeesOnlyTheirCases() throws Exception {
		String weibin = file(1, "13300000003");
		String caseNo = open(weibin, assignment(weibinStation(), DemoUsers.LAWYER), DemoUsers.CITY_STAFF);
		mvc.perform(get("/cases/" + caseNo).with(as("jintai"))).andExpect(status().isNotFound());
		mvc.perform(post("/cases/" + caseNo + "/close").with(as("jintai")).with(csrf()).param("outcome", "WITHDRAWN")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(get("/cases").with(as("jintai"))).andExpect(content().string(not(containsString(caseNo))));
		mvc.perform(get("/cases/" + caseNo).with(as(DemoUsers.COUNTY_OFFICER))).andExpect(status().isOk());

		accounts.create(new org.unionrights.accounts.NewAccount("other.lawyer", "另一位律师",
				org.unionrights.security.Role.LAWYER, null, "Other-lawyer-2026"));
		mvc.perform(get("/cases/" + caseNo).with(as("other.lawyer"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases").with(as("other.lawyer"))).andExpect(content().string(containsString("还没有案件")));
		// A lawyer opens no cases, and a request of another county cannot be accepted by an officer.
		mvc.perform(get("/cases/new").param("request", weibin).with(as("other.lawyer"))).andExpect(status().isForbidden());
		String jintaiRequest = file(2, "13300000004");
		mvc.perform(post("/cases").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("request", jintaiRequest)
			.param("assignment", assignment(weibinStation(), DemoUsers.LAWYER))).andExpect(status().isNotFound());
		assertThat(requests.workerView(WorkerKeys.of(jintaiRequest)).orElseThrow().status()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void anAcceptedRequestIsNotAcceptedTwice() throws Exception {
		String trackingNo = file(1, "13300000005");
		open(trackingNo, assignment(weibinStation(), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		mvc.perform(post("/cases").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("request", trackingNo)
			.param("assignment", assignment(weibinStation(), DemoUsers.LAWYER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前状态下不能进行这个操作")));
	}

	@Test
	void aPoorRatingOpensAFollowUpThatStaffRecordOnTheCase() throws Exception {
		String poor = file(1, "13300000006");
		String poorCase = open(poor, assignment(weibinStation(), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		mvc.perform(post("/cases/" + poorCase + "/close").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("outcome", "NOT_RESOLVED").param("version", "0"));
		requests.rate(WorkerKeys.of(poor), 2, "没人管");
		mvc.perform(get("/cases").with(as(DemoUsers.COUNTY_OFFICER))).andExpect(content().string(containsString("待回访")));
		mvc.perform(get("/cases/" + poorCase).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("需要回访")))
			.andExpect(content().string(containsString("不满意 · 没人管")));
		// The lawyer sees it but does not record it.
		mvc.perform(post("/cases/" + poorCase + "/follow-up").with(as(DemoUsers.LAWYER)).with(csrf()).param("note", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/" + poorCase + "/follow-up").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("note", " ")).andExpect(flash().attribute("flashError",
					new org.unionrights.common.web.Flash.Message("case.followUp.noteRequired", java.util.List.of())));
		mvc.perform(post("/cases/" + poorCase + "/follow-up").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("note", "已电话回访，职工表示工资已追回一半，其余转劳动监察。"))
			.andExpect(flash().attribute("flashSuccess",
					new org.unionrights.common.web.Flash.Message("case.followUp.recorded", java.util.List.of())));
		mvc.perform(get("/cases/" + poorCase).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(not(containsString("需要回访"))))
			.andExpect(content().string(containsString("已电话回访")));

		String good = file(1, "13300000007");
		String goodCase = open(good, assignment(weibinStation(), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		mvc.perform(post("/cases/" + goodCase + "/close").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("outcome", "DIRECT_PAYMENT").param("version", "0"));
		requests.rate(WorkerKeys.of(good), 5, null);
		mvc.perform(get("/cases/" + goodCase).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("很满意")))
			.andExpect(content().string(not(containsString("需要回访"))));
	}

	@Test
	void legalClocksAreRecordedOnTheCaseAndFlaggedInTheList() throws Exception {
		String trackingNo = file(1, "13300000008");
		String caseNo = open(trackingNo, assignment(weibinStation(), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		String page = "/cases/" + caseNo;
		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("还没有记录时限事件")))
			// Which day to enter when a suspension ends: the first day the cause no longer exists.
			.andExpect(content().string(containsString("中止原因消除：填原因不再存在的第一天")));
		java.time.LocalDate received = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(40);
		mvc.perform(post(page + "/clocks").with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "MEDIATION")
			.param("kind", "STARTED").param("date", received.toString()).param("note", "调解委员会收到申请"))
			.andExpect(redirectedUrlPattern("/cases/AJ-*"));
		mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("调解期限（15日）")))
			.andExpect(content().string(containsString("已过期限")));
		mvc.perform(get("/cases").with(as(DemoUsers.LAWYER))).andExpect(content().string(containsString("时限已过")));

		mvc.perform(post(page + "/clocks").with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "MEDIATION")
			.param("kind", "MET").param("date", "2099-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能填以后的日子")));
		mvc.perform(post(page + "/clocks").with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "TEA_BREAK")
			.param("kind", "STARTED").param("date", received.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("填得不对")));
		mvc.perform(post(page + "/clocks").with(as("jintai")).with(csrf()).param("rule", "MEDIATION")
			.param("kind", "MET").param("date", received.toString())).andExpect(status().isNotFound());
		String html = mvc.perform(get(page).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("已过期限")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The clock form and the close form share a page: no id twice.
		java.util.regex.Matcher ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (ids.find()) {
			assertThat(seen.add(ids.group(1))).as("id " + ids.group(1) + " twice").isTrue();
		}
		assertThat(seen).contains("clock-note", "note", "rule", "outcome");
	}


	@Test
	void aClockEventIsRecordedOnceAndAnApprovedExtensionNamesItsLastDay() throws Exception {
		String caseNo = open(file(1, "13300000018"), assignment(weibinStation(), DemoUsers.LAWYER),
				DemoUsers.COUNTY_OFFICER);
		String clocksUrl = "/cases/" + caseNo + "/clocks";
		java.time.LocalDate accident = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(10);
		String started = accident.toString();
		mvc.perform(post(clocksUrl).with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "INJURY_APPLICATION_BY_EMPLOYER")
			.param("kind", "STARTED").param("date", started)).andExpect(redirectedUrlPattern("/cases/AJ-*"));
		// The same start on the same day again is refused, beside the date.
		mvc.perform(post(clocksUrl).with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "INJURY_APPLICATION_BY_EMPLOYER")
			.param("kind", "STARTED").param("date", started))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这一天已经记录过了")));
		// An extension the authority approved needs its last day, after the event.
		String approvedOn = accident.plusDays(5).toString();
		mvc.perform(post(clocksUrl).with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "INJURY_APPLICATION_BY_EMPLOYER")
			.param("kind", "EXTENDED").param("date", approvedOn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写批准延长至哪一天")));
		java.time.LocalDate until = accident.plusDays(60);
		mvc.perform(post(clocksUrl).with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "INJURY_APPLICATION_BY_EMPLOYER")
			.param("kind", "EXTENDED").param("date", approvedOn).param("until", until.toString()))
			.andExpect(redirectedUrlPattern("/cases/AJ-*"));
		mvc.perform(get("/cases/" + caseNo).with(as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString(
					"经批准延长 → " + until.getYear() + "/" + until.getMonthValue() + "/" + until.getDayOfMonth())));
		// Where the law fixes the extension, a day is refused rather than silently ignored.
		mvc.perform(post(clocksUrl).with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "MEDIATION")
			.param("kind", "STARTED").param("date", started).param("until", until.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不需要填写")));
	}

}
