package org.unionrights.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every form control on every page has its own id and a real label pointing at it, and no id
 * is used twice: what screen readers and a tap on a label need.
 */
@IntegrationTest
class FormAccessibilityTest {

	private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

	private static final Pattern TYPE = Pattern.compile("\\stype=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.unionrights.cases.CaseService cases;

	@ParameterizedTest
	@CsvSource({ "/,", "/login,", "/help/new,", "/help/new?category=WAGES,", "/help/new?category=INJURY,",
			"/help/new?category=OTHER,", "/help/status,", "/help/privacy,", "/workspace/county,weibin",
			"/intake/new?category=WAGES,city", "/triage,city", "/triage?status=,weibin", "/admin/accounts,admin",
			"/admin/accounts/new,admin", "/admin/accounts/1/edit,admin", "/admin/accounts/1/password,admin",
			"/admin/calendar,admin", "/admin/teams,admin", "/admin/teams/1,admin", "/admin/audit,admin", "/cases,lawyer",
			"/cases,city" })
	void everyControlHasALabelAndNoIdRepeats(String path, String username) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (username != null) {
			request = request.with(user(users.loadUserByUsername(username)));
		}
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(problems(html)).as(path).isEmpty();
	}

	/** The case pages, with many forms on one page, for the lawyer and for staff; open and closed. */
	@Test
	void casePagesHaveALabelForEveryControlAndNoIdTwice() throws Exception {
		org.unionrights.security.PortalUser city = (org.unionrights.security.PortalUser) users.loadUserByUsername("city");
		var demo = cases.list(city, org.unionrights.cases.CaseFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 100)).getContent();
		String open = demo.stream().filter(c -> c.open()).map(c -> c.caseNo()).findFirst().orElseThrow();
		String closed = demo.stream().filter(c -> !c.open()).map(c -> c.caseNo()).findFirst().orElseThrow();
		for (String[] visit : new String[][] { { "/cases/" + open, "city" }, { "/cases/" + closed, "city" },
				{ "/cases/" + open + "/history", "city" }, { "/ledger", "city" }, { "/ledger", "weibin" } }) {
			String html = mvc.perform(get(visit[0]).with(user(users.loadUserByUsername(visit[1]))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(problems(html)).as(visit[0]).isEmpty();
		}
		String lawyersCase = cases.list((org.unionrights.security.PortalUser) users.loadUserByUsername("lawyer"), org.unionrights.cases.CaseFilter.ALL,
				org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).caseNo();
		String html = mvc.perform(get("/cases/" + lawyersCase).with(user(users.loadUserByUsername("lawyer"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problems(html)).as("lawyer's case page").isEmpty();
	}

	private static List<String> problems(String html) {

		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Matcher idMatcher = ID.matcher(html);
		while (idMatcher.find()) {
			if (!ids.add(idMatcher.group(1))) {
				problems.add("id used twice: " + idMatcher.group(1));
			}
		}
		Matcher controls = CONTROL.matcher(html);
		while (controls.find()) {
			String attributes = controls.group(2);
			Matcher type = TYPE.matcher(attributes);
			String kind = type.find() ? type.group(1) : controls.group(1);
			if (kind.equals("hidden") || kind.equals("submit")) {
				continue;
			}
			Matcher id = ID.matcher(attributes);
			if (!id.find()) {
				problems.add(controls.group(1) + " without id: " + controls.group());
			}
			else if (!html.contains("for=\"" + id.group(1) + "\"")) {
				problems.add("no label for " + id.group(1));
			}
		}
		return problems;
	}

}
