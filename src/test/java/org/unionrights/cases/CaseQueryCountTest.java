package org.unionrights.cases;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.teams.TeamKind;
import org.unionrights.teams.TeamService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case pages run a fixed number of statements, however many teams and cases there are; the
 * team list is read once and kept.
 */
@IntegrationTest
class CaseQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TeamService teams;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private long statements(String path) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		mvc.perform(get(path).with(user(users.loadUserByUsername(DemoUsers.CITY_STAFF)))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	@Autowired
	CaseService cases;

	@Test
	void moreTeamsDoNotMeanMoreStatements() throws Exception {
		String caseNo = cases.list((org.unionrights.security.PortalUser) users.loadUserByUsername(DemoUsers.CITY_STAFF), org.unionrights.cases.CaseFilter.ALL,
				org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).caseNo();
		// Once to fill what is kept in memory (the official calendar, the teams), then counted.
		statements("/cases");
		statements("/cases/" + caseNo);
		long listBefore = statements("/cases");
		long pageBefore = statements("/cases/" + caseNo);
		for (int i = 0; i < 5; i++) {
			teams.create("查询计数测试团" + i + "-" + System.nanoTime(), TeamKind.LAWYER_TEAM, null);
		}
		// The change drops the kept team list: read again once, with the same statements for any number of teams.
		assertThat(statements("/cases")).isEqualTo(listBefore + 2);
		assertThat(statements("/cases")).isEqualTo(listBefore);
		assertThat(statements("/cases/" + caseNo)).isEqualTo(pageBefore);
		assertThat(listBefore).isLessThanOrEqualTo(10);
		// The page: the case and its parts, the worker's messages marked read (one read, in its own
		// transaction), the history's people by name (one query for the page).
		assertThat(pageBefore).isLessThanOrEqualTo(18);
	}

}
