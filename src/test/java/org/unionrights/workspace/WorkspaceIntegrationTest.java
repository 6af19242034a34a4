package org.unionrights.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.accounts.AccountService;
import org.unionrights.intake.HelpForms;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.WorkerKeys;
import org.unionrights.teams.TeamService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each start page says what waits for its user, counted within their scope.
 */
@IntegrationTest
class WorkspaceIntegrationTest {

	private static final Pattern WAITING = Pattern.compile("待受理的求助：([0-9]+)件");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private int waiting(String username, String path) throws Exception {
		String html = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = WAITING.matcher(html);
		assertThat(matcher.find()).as(html).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	@Test
	void officersCountTheirCountyAndCityStaffEveryCounty() throws Exception {
		int weibin = waiting(DemoUsers.COUNTY_OFFICER, "/workspace/county");
		int jintai = waiting("jintai", "/workspace/county");
		int city = waiting(DemoUsers.CITY_STAFF, "/workspace/city");
		assertThat(city).isGreaterThanOrEqualTo(weibin + jintai);
		assertThat(weibin + jintai).isPositive();
	}

	@Autowired
	TeamService teams;

	@Autowired
	AccountService accounts;

	@Autowired
	HelpRequestService requests;

	private String file(String mobile, String employer) throws Exception {
		Map<String, String> fields = HelpForms.wages(mobile);
		fields.put("employer.name", employer);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(HelpForms.post("/help/new", fields, session, HelpForms.newAddress()));
		String receipt = mvc.perform(get("/help/receipt").session(session)).andReturn().getResponse().getContentAsString();
		Matcher tracking = Pattern.compile("id=\"tracking-no\">([^<]+)<").matcher(receipt);
		assertThat(tracking.find()).isTrue();
		return tracking.group(1);
	}

	private String open(String trackingNo) throws Exception {
		long team = teams.list().stream().filter(t -> t.name().equals("渭滨区总工会法律援助工作站")).findFirst().orElseThrow().id();
		long lawyer = accounts.findByUsername(DemoUsers.LAWYER).orElseThrow().id();
		return mvc.perform(post("/cases").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("request", trackingNo)
			.param("assignment", team + ":" + lawyer))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.substring("/cases/".length());
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void startPagesListTheWorkWaitingRiskiestFirstEachLineLinkingToWhereItIsDone() throws Exception {
		String tag = Long.toString(System.nanoTime()).substring(8);
		String overdue = open(file("1370000" + tag.substring(0, 4), "时限超期公司" + tag));
		mvc.perform(post("/cases/" + overdue + "/clocks").with(as(DemoUsers.LAWYER)).with(csrf()).param("rule", "MEDIATION")
			.param("kind", "STARTED").param("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(40).toString()));
		String escalatedCase = open(file("1371000" + tag.substring(0, 4), "上报测试公司" + tag));
		mvc.perform(post("/cases/" + escalatedCase + "/escalate").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("reason", "单位拒不配合"));
		String unreadRequest = file("1372000" + tag.substring(0, 4), "留言公司" + tag);
		String unread = open(unreadRequest);
		requests.addWorkerMessage(WorkerKeys.of(unreadRequest), "我又来问问进度。");
		String waiting = file("1373000" + tag.substring(0, 4), "待受理公司" + tag);

		String county = mvc.perform(get("/workspace/county").with(as(DemoUsers.COUNTY_OFFICER)))
			.andReturn().getResponse().getContentAsString();
		int clockLine = county.indexOf("href=\"/cases/" + overdue + "#clocks-heading\"");
		int escalatedLine = county.indexOf("href=\"/cases/" + escalatedCase + "#log-heading\"");
		int unreadLine = county.indexOf("href=\"/cases/" + unread + "#worker-heading\"");
		assertThat(clockLine).as("the overdue clock").isPositive();
		assertThat(escalatedLine).as("riskier than a message, less than an overdue clock").isGreaterThan(clockLine);
		assertThat(unreadLine).isGreaterThan(escalatedLine);
		assertThat(county).contains("调解期限（15日）").contains("时限已过").contains("职工有新消息");
		// A request waiting at triage comes after the cases' work when it is not late.
		assertThat(county).contains("/triage/requests/");
		assertThat(county.indexOf("待受理求助")).isGreaterThan(unreadLine);

		// The lawyer's: their cases' clock and the worker's message, no triage.
		String lawyer = mvc.perform(get("/workspace/lawyer").with(as(DemoUsers.LAWYER)))
			.andReturn().getResponse().getContentAsString();
		assertThat(lawyer).contains("/cases/" + overdue + "#clocks-heading", "/cases/" + unread + "#worker-heading")
			.doesNotContain("/triage/requests/" + waiting);
		// Another county's officer sees none of it; the city sees it all, and counts 12 counties and the zone.
		String jintai = mvc.perform(get("/workspace/county").with(as("jintai"))).andReturn().getResponse().getContentAsString();
		assertThat(jintai).doesNotContain(overdue).doesNotContain(unread).doesNotContain(waiting);
		String city = mvc.perform(get("/workspace/city").with(as(DemoUsers.CITY_STAFF))).andReturn().getResponse()
			.getContentAsString();
		assertThat(city).contains(escalatedCase).contains("全市12个区县和高新区");
	}

	@Test
	void aPoorRatingOfAClosedCaseCallsForAFollowUpInTheListAndOnTheStartPage() throws Exception {
		String tag = Long.toString(System.nanoTime()).substring(8, 12);
		String trackingNo = file("1374000" + tag, "回访测试公司" + tag);
		String caseNo = open(trackingNo);
		mvc.perform(post("/cases/" + caseNo + "/close").with(as(DemoUsers.LAWYER)).with(csrf())
			.param("outcome", "NOT_RESOLVED").param("version", "0"));
		requests.rate(WorkerKeys.of(trackingNo), 1, "没人管");
		String followUps = mvc.perform(get("/cases").param("flag", "follow_up").with(as(DemoUsers.COUNTY_OFFICER)))
			.andReturn().getResponse().getContentAsString();
		assertThat(followUps).contains(caseNo);
		String county = mvc.perform(get("/workspace/county").with(as(DemoUsers.COUNTY_OFFICER)))
			.andReturn().getResponse().getContentAsString();
		assertThat(county).contains("href=\"/cases/" + caseNo + "#worker-heading\"").contains("待回访");
	}

	@Test
	void aLawyerSeesTheirCasesOrThatThereAreNone() throws Exception {
		String html = mvc.perform(get("/workspace/lawyer").with(user(users.loadUserByUsername(DemoUsers.LAWYER))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("我的案件（办理中");
	}

}
