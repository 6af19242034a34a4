package org.unionrights.teams;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.NewAccount;
import org.unionrights.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TeamAdminIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TeamService teams;

	@Autowired
	AccountService accounts;

	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername(DemoUsers.ADMIN));
	}

	@Test
	void demoTeamsExistWithTheDemoLawyer() throws Exception {
		mvc.perform(get("/admin/teams").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("渭滨区总工会法律援助工作站")))
			.andExpect(content().string(containsString("宝鸡市职工维权律师服务团")))
			.andExpect(content().string(containsString("市级（不属于区县）")));
		assertThat(teams.list()).anySatisfy(team -> assertThat(team.members())
			.anyMatch(member -> member.username().equals("lawyer") && member.kind() == LawyerKind.PRO_BONO));
	}

	@Test
	void anAdministratorCreatesATeamAndAddsALawyer() throws Exception {
		mvc.perform(post("/admin/teams").with(admin()).with(csrf()).param("name", "陈仓区总工会法律援助工作站")
			.param("kind", "STATION").param("countyId", "3")).andExpect(redirectedUrlPattern("/admin/teams/*"));
		TeamView team = teams.list().stream().filter(t -> t.name().equals("陈仓区总工会法律援助工作站")).findFirst()
			.orElseThrow();
		long lawyer = accounts.create(new NewAccount("chen.lawyer", "社会律师 陈明", Role.LAWYER, 3L, "Lawyer-pass-2026")).id();
		mvc.perform(post("/admin/teams/{id}/members", team.id()).with(admin()).with(csrf())
			.param("accountId", Long.toString(lawyer)).param("lawyerKind", "PRIVATE"))
			.andExpect(redirectedUrlPattern("/admin/teams/*"));
		mvc.perform(post("/admin/teams/{id}/members", team.id()).with(admin()).with(csrf())
			.param("accountId", Long.toString(lawyer)).param("lawyerKind", "PRIVATE"))
			.andExpect(content().string(containsString("这位律师已在团队中")));
		mvc.perform(get("/admin/teams/{id}", team.id()).with(admin()))
			.andExpect(content().string(containsString("社会律师 陈明")))
			.andExpect(content().string(containsString("社会律师</td>")));
		mvc.perform(post("/admin/teams/{id}/members/{a}/remove", team.id(), lawyer).with(admin()).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/teams/*"));
		assertThat(teams.find(team.id()).members()).isEmpty();
	}

	@Test
	void onlyEnabledLawyersJoin() throws Exception {
		TeamView team = teams.create("只收律师测试团", TeamKind.LAWYER_TEAM, null);
		long officer = accounts.findByUsername(DemoUsers.COUNTY_OFFICER).orElseThrow().id();
		mvc.perform(post("/admin/teams/{id}/members", team.id()).with(admin()).with(csrf())
			.param("accountId", Long.toString(officer)).param("lawyerKind", "PRO_BONO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能加入启用的律师账户")));
		mvc.perform(post("/admin/teams/{id}/members", team.id()).with(admin()).with(csrf())
			.param("accountId", "abc").param("lawyerKind", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("填得不对")));
		assertThat(teams.find(team.id()).members()).isEmpty();
	}

	@Test
	void namesAreUniqueAndEditsStale() throws Exception {
		TeamView team = teams.create("重名测试团", TeamKind.LAWYER_TEAM, null);
		mvc.perform(post("/admin/teams").with(admin()).with(csrf()).param("name", "重名测试团").param("kind", "STATION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有同名团队")))
			.andExpect(content().string(containsString("value=\"重名测试团\"")));
		teams.update(team.id(), team.version(), "重名测试团（改）", TeamKind.LAWYER_TEAM, null);
		mvc.perform(post("/admin/teams/{id}", team.id()).with(admin()).with(csrf()).param("name", "我的改名")
			.param("kind", "LAWYER_TEAM").param("countyId", "").param("version", Long.toString(team.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("value=\"我的改名\"")));
		assertThat(teams.find(team.id()).name()).isEqualTo("重名测试团（改）");
	}

	@Test
	void deactivatingAsksFirst() throws Exception {
		TeamView team = teams.create("停用测试团", TeamKind.LAWYER_TEAM, null);
		mvc.perform(get("/admin/teams/{id}/deactivate", team.id()).with(admin()))
			.andExpect(content().string(containsString("确认停用")));
		assertThat(teams.find(team.id()).active()).isTrue();
		mvc.perform(post("/admin/teams/{id}/deactivate", team.id()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/teams"));
		assertThat(teams.find(team.id()).active()).isFalse();
		mvc.perform(post("/admin/teams/{id}/activate", team.id()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/teams/" + team.id()));
		assertThat(teams.find(team.id()).active()).isTrue();
	}

	@Test
	void theTeamListKeptInMemoryFollowsEveryCommittedChange() throws Exception {
		TeamView team = teams.create("缓存测试团", TeamKind.LAWYER_TEAM, null);
		assertThat(teams.list()).as("a new team at once").anyMatch(t -> t.id() == team.id() && t.active());
		var lawyer = accounts.create(new NewAccount("cache.lawyer", "缓存律师 甲", Role.LAWYER, null, "Lawyer-pass-2026"));
		mvc.perform(post("/admin/teams/{id}/members", team.id()).with(admin()).with(csrf())
			.param("accountId", Long.toString(lawyer.id())).param("lawyerKind", "PRIVATE"));
		assertThat(member(team.id())).as("a new member at once").isEqualTo("缓存律师 甲");
		accounts.update(lawyer.id(), lawyer.version(), "缓存律师 乙", Role.LAWYER, null);
		assertThat(member(team.id())).as("a lawyer's new name at once").isEqualTo("缓存律师 乙");
		mvc.perform(post("/admin/teams/{id}/deactivate", team.id()).with(admin()).with(csrf()));
		assertThat(teams.list()).as("a deactivated team at once").anyMatch(t -> t.id() == team.id() && !t.active());
		assertThat(teams.list()).as("kept between changes").isSameAs(teams.list());
	}

	private String member(long teamId) {
		return teams.list().stream().filter(t -> t.id() == teamId).findFirst().orElseThrow()
			.members().get(0).displayName();
	}

	@Test
	void onlyAdministratorsKeepTeamsAndForgedIdsAreNotFound() throws Exception {
		mvc.perform(get("/admin/teams").with(user(users.loadUserByUsername(DemoUsers.CITY_STAFF))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/teams").with(user(users.loadUserByUsername(DemoUsers.LAWYER))).with(csrf())
			.param("name", "越权团").param("kind", "STATION")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/teams/987654").with(admin())).andExpect(status().isNotFound());
	}

}
