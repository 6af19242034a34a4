package org.unionrights.intake;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff register requests from the hotline, walk-ins and referrals.
 */
@IntegrationTest
class StaffIntakeIntegrationTest {

	private static final Pattern TRACKING = Pattern.compile("id=\"tracking-no\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HelpRequests requests;

	@Autowired
	HelpRequestService service;

	private Map<String, String> hotlineCall(String mobile, String employer) {
		Map<String, String> fields = HelpForms.wages(mobile);
		fields.put("channel", "HOTLINE");
		fields.put("employer.name", employer);
		return fields;
	}

	private String register(String username, Map<String, String> fields, MockHttpSession session) throws Exception {
		mvc.perform(HelpForms.post("/intake/new", fields, session, "127.0.0.1")
			.with(user(users.loadUserByUsername(username)))).andExpect(redirectedUrl("/intake/receipt"));
		return mvc.perform(get("/intake/receipt").session(session).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String trackingNo(String receipt) {
		Matcher matcher = TRACKING.matcher(receipt);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void cityStaffRegisterAHotlineCallAndGetACodeForTheWorker() throws Exception {
		String receipt = register(DemoUsers.CITY_STAFF, hotlineCall("13600000001", "宝鸡某物流有限公司"),
				new MockHttpSession());
		assertThat(receipt).contains("已登记", "请把求助编号和查询码告诉职工").doesNotContain("可能重复");
		HelpRequest saved = requests.findByTrackingNo(trackingNo(receipt)).orElseThrow();
		assertThat(saved.getChannel()).isEqualTo(Channel.HOTLINE);
		assertThat(service.workerView(WorkerKeys.of(saved.getTrackingNo())).orElseThrow().timeline())
			.extracting(TimelineEntry::kind)
			.containsExactly(EventKind.REGISTERED);
	}

	@Test
	void theSameMobileAndEmployerWithinThirtyDaysIsFlaggedAsALikelyDuplicate() throws Exception {
		String first = register(DemoUsers.CITY_STAFF, hotlineCall("13600000002", "宝鸡市 某某餐饮有限公司"),
				new MockHttpSession());
		Map<String, String> again = hotlineCall("13600000002", "宝鸡市某某餐饮有限公司");
		again.put("channel", "WALK_IN");
		String second = register(DemoUsers.CITY_STAFF, again, new MockHttpSession());
		assertThat(second).contains("可能重复", trackingNo(first));
		HelpRequest saved = requests.findByTrackingNo(trackingNo(second)).orElseThrow();
		assertThat(saved.getLikelyDuplicateOf()).isEqualTo(requests.findByTrackingNo(trackingNo(first)).orElseThrow().getId());

		String otherEmployer = register(DemoUsers.CITY_STAFF, hotlineCall("13600000002", "另一家公司"),
				new MockHttpSession());
		assertThat(otherEmployer).doesNotContain("可能重复");
	}

	@Test
	void aCountyOfficerRegistersForTheirOwnCountyWhateverTheFormSays() throws Exception {
		Map<String, String> fields = hotlineCall("13600000003", "金台区某厂");
		fields.put("countyId", "2");
		String receipt = register(DemoUsers.COUNTY_OFFICER, fields, new MockHttpSession());
		HelpRequest saved = requests.findByTrackingNo(trackingNo(receipt)).orElseThrow();
		assertThat(saved.getCountyId()).isEqualTo(1L);
		mvc.perform(get("/intake/new").param("category", "OTHER")
			.with(user(users.loadUserByUsername(DemoUsers.COUNTY_OFFICER))))
			.andExpect(content().string(containsString("渭滨区")))
			.andExpect(content().string(not(containsString("金台区</option>"))));
	}

	@Test
	void aCallTypedInWhileTheSessionEndedIsBackInTheFormAfterTheLogin() throws Exception {
		Map<String, String> fields = hotlineCall("13600000041", "会话过期登记测试公司");
		fields.put("description", "热线来电：十二名工人被欠三个月工资，会话过期前记下的。");
		MockHttpSession session = new MockHttpSession();
		var stale = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intake/new");
		fields.forEach(stale::param);
		mvc.perform(stale.param("_csrf", "expired").session(session)
			.cookie(new jakarta.servlet.http.Cookie("portal.lastUser", DemoUsers.COUNTY_OFFICER))
			.with(org.unionrights.MockMvcSessionJar.endedSession())
			.header("Origin", "http://localhost")
			.header("Referer", "http://localhost/intake/new?category=WAGES"))
			.andExpect(redirectedUrl("/login?kept"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login").session(session)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("username", DemoUsers.COUNTY_OFFICER).param("password", DemoUsers.PASSWORD))
			.andExpect(redirectedUrl("/intake/new"));
		mvc.perform(get("/intake/new").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("热线来电：十二名工人被欠三个月工资，会话过期前记下的。")))
			.andExpect(content().string(containsString("value=\"会话过期登记测试公司\"")))
			.andExpect(content().string(containsString("还没有保存")));
		assertThat(requests.findBySubmissionToken(fields.get("draftToken"))).isEmpty();
	}

	@Test
	void theStaffFormSpeaksToStaffAndThePublicFormToTheWorker() throws Exception {
		mvc.perform(get("/intake/new").param("category", "INJURY")
			.with(user(users.loadUserByUsername(DemoUsers.COUNTY_OFFICER))))
			.andExpect(content().string(containsString("职工常用的手机号")))
			.andExpect(content().string(containsString("单位是否已申请工伤认定")))
			.andExpect(content().string(not(containsString("我是农民工"))))
			.andExpect(content().string(not(containsString("打这个号码找您"))))
			.andExpect(content().string(not(containsString("您在哪个区县"))));
		mvc.perform(get("/help/new").param("category", "INJURY"))
			.andExpect(content().string(containsString("我是农民工")))
			.andExpect(content().string(containsString("打这个号码找您")));
	}

	@Test
	void anOfficerHearsNothingOfADuplicateInAnotherCountyWhileTheCitySeesIt() throws Exception {
		Map<String, String> inJintai = hotlineCall("13600000010", "跨区重复测试公司");
		inJintai.put("countyId", "2");
		String jintai = trackingNo(register(DemoUsers.CITY_STAFF, inJintai, new MockHttpSession()));

		String officersReceipt = register(DemoUsers.COUNTY_OFFICER, hotlineCall("13600000010", "跨区重复测试公司"),
				new MockHttpSession());
		String officers = trackingNo(officersReceipt);

		assertThat(officersReceipt).doesNotContain("可能重复").doesNotContain(jintai).doesNotContain("其他区县");
		// Nor does the officer's triage queue flag the request, while the city's names the match.
		assertThat(triageRow(DemoUsers.COUNTY_OFFICER, officers)).doesNotContain("可能重复");
		assertThat(triageRow(DemoUsers.CITY_STAFF, officers)).contains("可能重复");
		mvc.perform(get("/triage/requests/" + officers).with(user(users.loadUserByUsername(DemoUsers.CITY_STAFF))))
			.andExpect(content().string(containsString(jintai)));
		mvc.perform(get("/triage/requests/" + officers).with(user(users.loadUserByUsername(DemoUsers.COUNTY_OFFICER))))
			.andExpect(content().string(not(containsString(jintai))))
			.andExpect(content().string(not(containsString("可能重复"))));
	}

	@Test
	void cityStaffRegisteringTheSamePersonAgainElsewhereSeeTheMatchByNumber() throws Exception {
		String first = trackingNo(register(DemoUsers.COUNTY_OFFICER, hotlineCall("13600000011", "跨区重复测试二公司"),
				new MockHttpSession()));
		Map<String, String> inJintai = hotlineCall("13600000011", "跨区重复测试二公司");
		inJintai.put("countyId", "2");

		assertThat(register(DemoUsers.CITY_STAFF, inJintai, new MockHttpSession())).contains("可能重复", first);
	}

	/** The triage queue's row of the request, as the user sees it. */
	private String triageRow(String username, String trackingNo) throws Exception {
		String html = mvc.perform(get("/triage").param("q", trackingNo).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int at = html.indexOf(trackingNo, html.indexOf("<tbody"));
		assertThat(at).as("the row of %s", trackingNo).isNotNegative();
		return html.substring(at, html.indexOf("</tr>", at));
	}

	@Test
	void theServiceItselfKeepsAnOfficerToTheirCounty() {
		org.unionrights.security.PortalUser officer = (org.unionrights.security.PortalUser) users
			.loadUserByUsername(DemoUsers.COUNTY_OFFICER);
		NewHelpRequest elsewhere = HelpRequestTest.wages();
		NewHelpRequest inJintai = new NewHelpRequest(elsewhere.category(), elsewhere.description(),
				elsewhere.employerName(), null, 2L, null, "张三", "13600000009", null, false, null, 1, elsewhere.wages(),
				null);
		long before = requests.count();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> service.submit(inJintai,
					Submission.byStaff(officer, Channel.HOTLINE, HelpForms.newToken(), service.newQueryCode())))
			.isInstanceOf(org.unionrights.common.RuleViolationException.class)
			.hasMessageContaining("intake.county.own");
		assertThat(requests.count()).isEqualTo(before);
	}

	@Test
	void theWebIsNotAStaffChannel() throws Exception {
		Map<String, String> fields = hotlineCall("13600000004", "某公司");
		fields.put("channel", "WEB");
		long before = requests.count();
		mvc.perform(HelpForms.post("/intake/new", fields, new MockHttpSession(), "127.0.0.1")
			.with(user(users.loadUserByUsername(DemoUsers.CITY_STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择求助渠道")));
		assertThat(requests.count()).isEqualTo(before);
	}

	@Test
	void onlyCityStaffAndCountyOfficersRegister() throws Exception {
		mvc.perform(get("/intake/new").with(user(users.loadUserByUsername(DemoUsers.LAWYER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/intake/new").with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/intake/new")).andExpect(redirectedUrl("/login"));
		long before = requests.count();
		mvc.perform(HelpForms.post("/intake/new", hotlineCall("13600000005", "某公司"), new MockHttpSession(),
				"127.0.0.1").with(user(users.loadUserByUsername(DemoUsers.LAWYER)))).andExpect(status().isForbidden());
		assertThat(requests.count()).isEqualTo(before);
	}

}
