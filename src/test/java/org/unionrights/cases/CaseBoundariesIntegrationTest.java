package org.unionrights.cases;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionrights.intake.WorkerKeys;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.accounts.AccountService;
import org.unionrights.common.RuleViolationException;
import org.unionrights.intake.CaseProgress;
import org.unionrights.intake.EventKind;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.RequestNotFoundException;
import org.unionrights.intake.RequestStatus;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.PortalUser;
import org.unionrights.teams.TeamService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shapes that keep cases and requests apart: cases reads a request only within the user's
 * scope, tells it things only by events in its own transaction, and its pages' role gates are
 * method security; the contact log answers in place for htmx and by a new page without it.
 */
@IntegrationTest
class CaseBoundariesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TeamService teams;

	@Autowired
	AccountService accounts;

	@Autowired
	CaseService cases;

	@Autowired
	StaffRequests staffRequests;

	@Autowired
	HelpRequestService requests;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	private CaseFixtures fixtures;

	private String trackingNo;

	private String caseNo;

	private String page;

	@BeforeEach
	void aWeibinCaseOfTheDemoLawyer() throws Exception {
		fixtures = new CaseFixtures(mvc, users, teams, accounts);
		CaseFixtures.WeibinCase weibin = fixtures.weibinCaseOfTheDemoLawyer("13300002", "边界测试公司");
		trackingNo = weibin.trackingNo();
		caseNo = weibin.caseNo();
		page = weibin.page();
	}

	private PortalUser user(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	/** A service called as the user signed in (the service's role gates read who is signed in). */
	private static <T> T signedIn(PortalUser user, java.util.function.Supplier<T> call) {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(user, null, user.getAuthorities()));
		try {
			return call.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void aRefusedChoiceOfTeamLeavesTheRequestAsItWas() throws Exception {
		String waiting = fixtures.file(1, "13300003001", "退回测试公司" + System.nanoTime());
		long lawyer = accounts.findByUsername(DemoUsers.LAWYER).orElseThrow().id();
		assertThatThrownBy(() -> signedIn(user(DemoUsers.CITY_STAFF), () -> cases.open(user(DemoUsers.CITY_STAFF), waiting, -1, lawyer)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("case.team.invalid");
		assertThat(staffRequests.view(user(DemoUsers.CITY_STAFF), waiting).status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(requests.workerView(WorkerKeys.of(waiting)).orElseThrow().timeline())
			.noneMatch(entry -> entry.kind() == EventKind.STATUS_CHANGED || entry.kind() == EventKind.STAFF_REPLY);
	}

	@Test
	void aRequestWhoseCaseClosedIsNotTakenOnAgainAsASecondCase() throws Exception {
		mvc.perform(post(page + "/close").with(fixtures.as(DemoUsers.LAWYER)).with(csrf())
			.param("version", "0").param("outcome", "WITHDRAWN"))
			.andExpect(redirectedUrl(page));
		String assignment = fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER);
		mvc.perform(post("/cases").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("request", trackingNo).param("assignment", assignment))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前状态下不能进行这个操作")));
		assertThat(jdbc.queryForObject("select count(*) from legal_case where tracking_no = ?", Long.class, trackingNo))
			.isEqualTo(1);
	}

	@Test
	void whatACaseTellsItsRequestIsWrittenOnlyInsideTheCasesTransaction() {
		long requestId = jdbc.queryForObject("select request_id from legal_case where case_no = ?", Long.class, caseNo);
		assertThatThrownBy(() -> events.publishEvent(new CaseProgress.Reply(requestId, "没有事务的回复")))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(requests.workerView(WorkerKeys.of(trackingNo)).orElseThrow().timeline())
			.noneMatch(entry -> "没有事务的回复".equals(entry.text()));
	}

	@Test
	void theLawyerReadsTheRequestOfTheirCaseOnlyAndTriagesNothing() throws Exception {
		PortalUser lawyer = user(DemoUsers.LAWYER);
		assertThat(staffRequests.view(lawyer, trackingNo).trackingNo()).isEqualTo(trackingNo);
		String another = fixtures.file(1, "13300003002", "别人的公司" + System.nanoTime());
		assertThatThrownBy(() -> staffRequests.view(lawyer, another)).isInstanceOf(RequestNotFoundException.class);
		assertThatThrownBy(() -> staffRequests.reply(lawyer, trackingNo, "越过案件的回复"))
			.isInstanceOf(RequestNotFoundException.class);
		assertThatThrownBy(() -> staffRequests.accept(lawyer, another)).isInstanceOf(RequestNotFoundException.class);
		// Nor, called by its service, does a lawyer hand on or reopen a case: the pages' gates hold there too.
		assertThatThrownBy(() -> signedIn(lawyer, () -> cases.open(lawyer, another, 1, lawyer.getAccountId())))
			.isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
		// An officer of another county neither.
		assertThatThrownBy(() -> staffRequests.view(user("jintai"), trackingNo)).isInstanceOf(RequestNotFoundException.class);
	}

	@Test
	void staffGatesAreMethodSecurity() throws Exception {
		String assignment = fixtures.assignment(fixtures.team(CaseFixtures.WEIBIN_STATION), DemoUsers.LAWYER);
		mvc.perform(get("/cases/new").param("request", trackingNo).with(fixtures.as(DemoUsers.LAWYER)))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/assignment").with(fixtures.as(DemoUsers.LAWYER)).with(csrf())
			.param("version", "0").param("assignment", assignment))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/chase").with(fixtures.as(DemoUsers.LAWYER)).with(csrf()).param("reason", "自己催自己"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/follow-up").with(fixtures.as(DemoUsers.LAWYER)).with(csrf()).param("note", "回访"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/reopen").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("version", "0").param("reason", "重新处理"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select chased_at is null from legal_case where case_no = ?", Boolean.class, caseNo))
			.isTrue();
		// And the same gates let staff through.
		mvc.perform(post(page + "/chase").with(fixtures.as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("reason", "请尽快联系"))
			.andExpect(redirectedUrl(page));
		mvc.perform(get("/cases/new").param("request", trackingNo).with(fixtures.as(DemoUsers.CITY_STAFF)))
			.andExpect(status().isOk());
	}

	@Test
	void theContactLogAnswersInPlaceForHtmxAndByANewPageWithout() throws Exception {
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		mvc.perform(post(page + "/contacts").with(fixtures.as(DemoUsers.LAWYER)).with(csrf()).header("HX-Request", "true")
			.param("channel", "PHONE").param("party", "WORKER").param("contactDate", today)
			.param("summary", "电话告知工人调解时间"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"log-section\"")))
			.andExpect(content().string(containsString("已保存联系记录")))
			.andExpect(content().string(containsString("电话告知工人调解时间")))
			// The summary's service clock follows: the first contact with the worker is made now.
			.andExpect(content().string(containsString("id=\"worker-contact-at\" class=\"col-8\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(not(containsString("尚未联系职工"))));
		// Refused: the section again, its form kept with the error beside the field, 422 so htmx shows it.
		mvc.perform(post(page + "/entries").with(fixtures.as(DemoUsers.LAWYER)).with(csrf()).header("HX-Request", "true")
			.param("entryKind", "NOTE").param("text", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		// Without JavaScript: a new page, as before.
		mvc.perform(post(page + "/entries").with(fixtures.as(DemoUsers.LAWYER)).with(csrf())
			.param("entryKind", "NOTE").param("text", "没有脚本时的备注"))
			.andExpect(redirectedUrl(page + "#log-heading"));
		mvc.perform(get(page).with(fixtures.as(DemoUsers.LAWYER)))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("没有脚本时的备注")))
			.andExpect(content().string(containsString("电话告知工人调解时间")));
	}

	@Test
	void theCaseListAnswersWithItsResultsForHtmxAndTheWholePageWhenHistoryIsRestored() throws Exception {
		mvc.perform(get("/cases").param("flag", "chased").with(fixtures.as(DemoUsers.COUNTY_OFFICER))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"case-results\"")));
		mvc.perform(get("/cases").param("flag", "chased").with(fixtures.as(DemoUsers.COUNTY_OFFICER))
			.header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(containsString("<html")));
	}

}
