package org.unionrights.enterprises;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.security.PortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Collective contracts and "1+3" groups as county officers keep them, each within their county;
 * and the figures, with an enterprise covered by two contracts counted once.
 */
@IntegrationTest
class ContractsAndGroupsIntegrationTest {

	private static final AtomicLong CODES = new AtomicLong(800_000_000L + System.nanoTime() % 1_000_000 * 100);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegistryFigures figures;

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** The figures as the officer's page reads them, signed in as the officer. */
	private RegistryFigures.CountyFigures figuresOf(PortalUser officer) {
		return org.unionrights.security.ActingAs.user(officer, () -> figures.figures(officer).total());
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** A Weibin enterprise registered by its officer; its credit code. */
	private String enterprise(String size, String union) throws Exception {
		String code = CreditCodes.of(CODES.incrementAndGet());
		mvc.perform(post("/enterprises").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("name", "合同组团测试" + code)
			.param("creditCode", code).param("countyId", "1").param("industry", "LOGISTICS").param("size", size)
			.param("employees", "40").param("unionFoundedOn", union)).andExpect(redirectedUrlPattern("/enterprises/*"));
		return code;
	}

	private long contract(String coverage, String codes) throws Exception {
		String location = mvc.perform(post("/contracts").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("title", "测试集体合同").param("kind", "WAGE").param("coverage", coverage).param("termYears", "2")
			.param("workersCovered", "80").param("enterpriseCodes", codes).param("offeredOn", today().minusDays(30).toString()))
			.andExpect(redirectedUrlPattern("/contracts/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/contracts/".length()));
	}

	private void move(long id, String stage, LocalDate on) throws Exception {
		long version = jdbc.queryForObject("select version from collective_contract where id = ?", Long.class, id);
		mvc.perform(post("/contracts/" + id + "/stage").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("stage", stage).param("on", on.toString()).param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/contracts/" + id));
	}

	@Test
	void aContractGoesFromOfferToEffectiveWithItsClocksAndAnEnterpriseCoveredTwiceCountsOnce() throws Exception {
		PortalUser officer = (PortalUser) users.loadUserByUsername(DemoUsers.COUNTY_OFFICER);
		RegistryFigures.CountyFigures before = figuresOf(officer);
		String a = enterprise("SMALL", "");
		String b = enterprise("MICRO", "");
		long own = contract("ENTERPRISE", a);
		long regional = contract("REGIONAL", a + "\n" + b);
		// The offer's answer is overdue 30 days on, unanswered: flagged in the list.
		mvc.perform(get("/contracts").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("时限已过")));
		mvc.perform(get("/contracts/" + own).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("答复协商要约（20日）")));
		// A move the lifecycle has not got is refused and changes nothing.
		mvc.perform(post("/contracts/" + own + "/stage").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("stage", "EFFECTIVE")
			.param("on", today().toString()).param("version", "0"));
		assertThat(jdbc.queryForObject("select stage from collective_contract where id = ?", String.class, own)).isEqualTo("OFFER");
		for (long id : new long[] { own, regional }) {
			move(id, "NEGOTIATION", today().minusDays(25));
			move(id, "SIGNED", today().minusDays(20));
			move(id, "FILED", today().minusDays(18));
			move(id, "EFFECTIVE", today().minusDays(2));
		}
		mvc.perform(multipart("/contracts/" + own + "/document").file(new MockMultipartFile("file", "合同.pdf",
				"application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes())).with(as(DemoUsers.COUNTY_OFFICER))
			.with(csrf())).andExpect(redirectedUrl("/contracts/" + own));
		RegistryFigures.CountyFigures after = figuresOf(officer);
		assertThat(after.contractsInForce().get(ContractKind.WAGE) - before.contractsInForce().get(ContractKind.WAGE)).isEqualTo(2);
		assertThat(after.enterprisesCovered() - before.enterprisesCovered()).as("a covered by two, counted once").isEqualTo(2);
		assertThat(after.workersCovered() - before.workersCovered()).isEqualTo(80);
		// A covered enterprise cannot be moved to another county, leaving its contracts behind.
		long covered = jdbc.queryForObject("select id from enterprise where credit_code = ?", Long.class, a);
		mvc.perform(post("/enterprises/" + covered).with(as(DemoUsers.CITY_STAFF)).with(csrf()).param("name", "搬走的企业")
			.param("creditCode", a).param("countyId", "2").param("industry", "LOGISTICS").param("size", "SMALL")
			.param("employees", "40").param("version", "0"))
			.andExpect(content().string(containsString("不能改到别的区县")));
		assertThat(jdbc.queryForObject("select county_id from enterprise where id = ?", Long.class, covered)).isEqualTo(1L);
		mvc.perform(get("/enterprises/figures").with(as(DemoUsers.COUNTY_OFFICER))).andExpect(status().isOk())
			.andExpect(content().string(containsString("合同覆盖企业")));
	}

	@Test
	void anotherCountysOfficerCannotReadOrChangeAContractOrAGroupOrUseItsEnterprises() throws Exception {
		String lead = enterprise("MEDIUM", "2020-01-01");
		String member = enterprise("SMALL", "");
		long contract = contract("ENTERPRISE", member);
		String location = mvc.perform(post("/groups").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("leadCode", lead)
			.param("liaison", "王联络").param("formedOn", today().minusDays(10).toString()))
			.andExpect(redirectedUrlPattern("/groups/*")).andReturn().getResponse().getRedirectedUrl();
		long group = Long.parseLong(location.substring("/groups/".length()));
		for (String path : new String[] { "/contracts/" + contract, "/contracts/" + contract + "/document", "/groups/" + group }) {
			mvc.perform(get(path).with(as("jintai"))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/contracts/" + contract + "/stage").with(as("jintai")).with(csrf()).param("stage", "NEGOTIATION")
			.param("on", today().toString()).param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/groups/" + group + "/opinions").with(as("jintai")).with(csrf()).param("topic", "PAY")
			.param("text", "x")).andExpect(status().isNotFound());
		mvc.perform(get("/contracts").with(as("jintai"))).andExpect(content().string(not(containsString("/contracts/" + contract + "\""))));
		// Jintai cannot cover or group Weibin's enterprises (a forged code is "not on your registry").
		mvc.perform(post("/contracts").with(as("jintai")).with(csrf()).param("title", "越界").param("kind", "WAGE")
			.param("coverage", "ENTERPRISE").param("termYears", "1").param("workersCovered", "1").param("enterpriseCodes", member)
			.param("offeredOn", today().toString())).andExpect(content().string(containsString("企业台账里")));
		mvc.perform(post("/groups").with(as("jintai")).with(csrf()).param("leadCode", lead).param("liaison", "x")
			.param("formedOn", today().toString())).andExpect(redirectedUrl("/groups"));
		assertThat(jdbc.queryForObject("select count(*) from enterprise_group g join enterprise e on e.id = g.lead_enterprise_id"
				+ " where e.credit_code = ?", Long.class, lead)).isEqualTo(1L);
		mvc.perform(get("/contracts").with(as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
	}

	@Test
	void aGroupTakesItsMembersByTheRulesLogsActivitiesAndAnswersOpinions() throws Exception {
		String lead = enterprise("MEDIUM", "2020-01-01");
		String location = mvc.perform(post("/groups").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("leadCode", lead)
			.param("liaison", "李联络").param("formedOn", today().minusDays(30).toString()))
			.andReturn().getResponse().getRedirectedUrl();
		String page = location;
		String withUnion = enterprise("SMALL", "2021-01-01");
		mvc.perform(post(page + "/members").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("memberCode", withUnion)
			.param("joinedOn", today().minusDays(20).toString()));
		for (int i = 0; i < 3; i++) {
			mvc.perform(post(page + "/members").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
				.param("memberCode", enterprise("MICRO", "")).param("joinedOn", today().minusDays(20).toString()));
		}
		String fourth = enterprise("SMALL", "");
		var refused = mvc.perform(post(page + "/members").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("memberCode", fourth).param("joinedOn", today().toString())).andReturn().getFlashMap().get("flashError");
		assertThat(refused.toString()).contains("group.full");
		long groupId = Long.parseLong(page.substring("/groups/".length()));
		assertThat(jdbc.queryForObject("select count(*) from enterprise_group_member where group_id = ?", Long.class, groupId))
			.isEqualTo(3L);
		mvc.perform(post(page + "/activities").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("kind", "MEETING")
			.param("heldOn", today().toString()).param("peopleReached", "45").param("note", "骑手座谈会"));
		mvc.perform(post(page + "/opinions").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("topic", "REST")
			.param("text", "希望每月能保证休息四天"));
		long opinion = jdbc.queryForObject("select id from group_opinion where group_id = ?", Long.class, groupId);
		mvc.perform(post(page + "/opinions/" + opinion + "/answer").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("answer", "已与站点协商，排班表下月起调整"));
		mvc.perform(get(page).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("骑手座谈会")))
			.andExpect(content().string(containsString("已与站点协商，排班表下月起调整")))
			.andExpect(content().string(containsString("已答复")));
	}

	@Test
	void theGroupListNamesEachGroupsLeadAndMemberCountForTheOfficersCountyOnly() throws Exception {
		String firstLead = enterprise("MEDIUM", "2020-01-01");
		String secondLead = enterprise("MEDIUM", "2020-02-01");
		String first = mvc.perform(post("/groups").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("leadCode", firstLead)
			.param("liaison", "甲联络").param("formedOn", today().minusDays(5).toString()))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(first + "/members").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("memberCode", enterprise("MICRO", "")).param("joinedOn", today().minusDays(4).toString()))
			.andExpect(redirectedUrl(first));
		mvc.perform(post("/groups").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("leadCode", secondLead)
			.param("liaison", "乙联络").param("formedOn", today().minusDays(5).toString()))
			.andExpect(redirectedUrlPattern("/groups/*"));
		// Both leads are named on one page, each group with its own member count (read in one batch).
		String list = mvc.perform(get("/groups").param("size", "100").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("合同组团测试" + firstLead, "合同组团测试" + secondLead);
		String firstRow = list.substring(list.indexOf("合同组团测试" + firstLead));
		assertThat(firstRow.substring(0, firstRow.indexOf("</tr>"))).contains(">1家成员<");
		String secondRow = list.substring(list.indexOf("合同组团测试" + secondLead));
		assertThat(secondRow.substring(0, secondRow.indexOf("</tr>"))).contains(">0家成员<");
		String jintai = mvc.perform(get("/groups").param("size", "100").with(as("jintai")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(jintai).doesNotContain(firstLead, secondLead);
	}

}
