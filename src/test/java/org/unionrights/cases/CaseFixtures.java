package org.unionrights.cases;

import java.util.Map;

import org.unionrights.DemoUsers;
import org.unionrights.accounts.AccountService;
import org.unionrights.intake.HelpForms;
import org.unionrights.teams.TeamService;
import org.unionrights.teams.TeamView;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * Requests filed through the public form and accepted as cases through the staff pages, for the
 * case tests.
 */
public final class CaseFixtures {

	public static final String WEIBIN_STATION = "渭滨区总工会法律援助工作站";

	private final MockMvc mvc;

	private final UserDetailsService users;

	private final TeamService teams;

	private final AccountService accounts;

	public CaseFixtures(MockMvc mvc, UserDetailsService users, TeamService teams, AccountService accounts) {
		this.mvc = mvc;
		this.users = users;
		this.teams = teams;
		this.accounts = accounts;
	}

	public RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** A wage claim of three workers (the roster of {@link HelpForms#ROSTER}) in a county. */
	String file(long countyId, String mobile) throws Exception {
		return file(countyId, mobile, null);
	}

	public String file(long countyId, String mobile, String employer) throws Exception {
		Map<String, String> fields = HelpForms.wages(mobile);
		fields.put("countyId", Long.toString(countyId));
		if (employer != null) {
			fields.put("employer.name", employer);
		}
		return HelpForms.fileAndReadReceipt(mvc, fields).trackingNo();
	}

	public TeamView team(String name) {
		return teams.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
	}

	public String assignment(TeamView team, String username) {
		return team.id() + ":" + accounts.findByUsername(username).orElseThrow().id();
	}

	/** A wage claim of a Weibin worker, accepted by the Weibin officer for the demo lawyer. */
	record WeibinCase(String trackingNo, String caseNo) {

		String page() {
			return "/cases/" + caseNo;
		}

	}

	/** A new {@link WeibinCase}; {@code mobilePrefix} (8 digits) and {@code employer} tell the test's own apart. */
	WeibinCase weibinCaseOfTheDemoLawyer(String mobilePrefix, String employer) throws Exception {
		String trackingNo = file(1, mobilePrefix + String.format("%03d", (int) (Math.random() * 1000)),
				employer + System.nanoTime());
		return new WeibinCase(trackingNo,
				open(trackingNo, assignment(team(WEIBIN_STATION), DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER));
	}

	public String open(String trackingNo, String assignment, String username) throws Exception {
		String location = mvc.perform(post("/cases").with(as(username)).with(csrf()).param("request", trackingNo)
			.param("assignment", assignment))
			.andExpect(redirectedUrlPattern("/cases/AJ-*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring("/cases/".length());
	}

}
