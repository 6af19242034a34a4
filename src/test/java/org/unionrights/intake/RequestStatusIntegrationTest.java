package org.unionrights.intake;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionrights.files.TestFiles;
import org.unionrights.IntegrationTest;
import org.unionrights.common.web.Flash;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Check my request": what a tracking number and query code open, and what they never reveal.
 */
@IntegrationTest
class RequestStatusIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	HelpRequestService service;

	@Autowired
	EvidenceFiles evidenceFiles;

	@Autowired
	HelpRequests requests;

	@Autowired
	RequestTimeline timeline;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	/** A request filed through the service, with the code the worker was given. */
	record Filed(String trackingNo, String code) {
	}

	private Filed file(String mobile) {
		String code = service.newQueryCode();
		Map<String, String> fields = HelpForms.wages(mobile);
		SubmittedRequest submitted = service.submit(HelpRequestTest.wages(),
				Submission.web(fields.get("draftToken"), code));
		return new Filed(submitted.trackingNo(), code);
	}

	private MockHttpServletRequestBuilder lookup(String trackingNo, String code, MockHttpSession session,
			String address) {
		return post("/help/status").session(session)
			.with(csrf())
			.param("trackingNo", trackingNo)
			.param("queryCode", code)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	private MockHttpSession openedSession(Filed filed) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(lookup(filed.trackingNo(), filed.code(), session, HelpForms.newAddress()))
			.andExpect(redirectedUrl("/help/requests/" + filed.trackingNo()));
		return session;
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void aReplyThePortalWritesIsReadInTheWorkersLanguage() throws Exception {
		Filed filed = file("13700000031");
		mvc.perform(post("/triage/requests/" + filed.trackingNo() + "/refer")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(users.loadUserByUsername(org.unionrights.DemoUsers.CITY_STAFF)))
			.with(csrf())
			.param("body", "渭滨区劳动保障监察大队")
			.param("text", "属于劳动监察职责"))
			.andExpect(redirectedUrl("/triage/requests/" + filed.trackingNo()));
		MockHttpSession session = openedSession(filed);
		mvc.perform(get("/help/requests/" + filed.trackingNo()).session(session))
			.andExpect(content().string(containsString("已转交渭滨区劳动保障监察大队：属于劳动监察职责")));
		mvc.perform(get("/help/requests/" + filed.trackingNo()).param("lang", "en").session(session))
			.andExpect(content().string(containsString("Referred to 渭滨区劳动保障监察大队: 属于劳动监察职责")))
			.andExpect(content().string(not(containsString("已转交"))));
	}

	@Test
	void theRightCodeOpensTheRequestWithItsPublicSteps() throws Exception {
		Filed filed = file("13700000001");
		MockHttpSession session = new MockHttpSession();
		// typed in lower case, with spaces instead of the dash
		mvc.perform(lookup(filed.trackingNo().toLowerCase(), filed.code().toLowerCase().replace("-", " "), session,
				HelpForms.newAddress())).andExpect(redirectedUrl("/help/requests/" + filed.trackingNo()));
		mvc.perform(get("/help/requests/" + filed.trackingNo()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已收到，等工会处理")))
			.andExpect(content().string(containsString("您提交了求助")))
			.andExpect(content().string(containsString("138****8000")))
			.andExpect(content().string(not(containsString("13800138000"))));
	}

	@Test
	void aWrongCodeAndAnUnknownNumberGetTheSameAnswer() throws Exception {
		Filed filed = file("13700000002");
		String wrongCode = mvc
			.perform(lookup(filed.trackingNo(), "AAAA-AAAA", new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = mvc
			.perform(lookup("WQ-2026-999999", "AAAA-AAAA", new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrongCode).contains("求助编号或查询码不对");
		assertThat(strip(wrongCode, filed.trackingNo())).isEqualTo(strip(unknown, "WQ-2026-999999"));
		assertThat(wrongCode).doesNotContain("已收到，等工会处理", "宝鸡某建筑工程有限公司");
	}

	@Test
	void eachWayOfTypingTheNumberOpensTheSameRequest() throws Exception {
		Filed filed = file("13700000012");
		String number = filed.trackingNo();
		String year = number.substring(3, 7);
		String serial = number.substring(8);
		String fullWidth = number.chars()
			.map(c -> c == '-' ? '－' : c >= '0' && c <= '9' ? c - '0' + '０' : c - 'A' + 'Ａ')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		for (String typed : List.of("WQ" + year + serial, number.toLowerCase(), year + "-" + serial, year + serial,
				fullWidth, " wq " + year + " " + serial + " ")) {
			String code = filed.code().toLowerCase().replace("-", "");
			mvc.perform(lookup(typed, code, new MockHttpSession(), HelpForms.newAddress()))
				.andExpect(redirectedUrl("/help/requests/" + number));
		}
	}

	@Test
	void aFailedLookUpKeepsWhatWasTyped() throws Exception {
		Filed filed = file("13700000013");
		mvc.perform(lookup(filed.trackingNo(), "ABCD-EFGX", new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"ABCD-EFGX\"")))
			.andExpect(content().string(containsString("value=\"" + filed.trackingNo() + "\"")));
	}

	/** The page without the number typed and the per-page CSRF token. */
	private static String strip(String html, String typed) {
		return html.replace(typed, "").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	@Test
	void repeatedFailuresOnOneNumberAskASumButNeverLockItsHolderOut() throws Exception {
		Filed filed = file("13700000003");
		// However the number is typed, the failures count against the same request.
		List<String> typings = List.of(filed.trackingNo(), filed.trackingNo().toLowerCase(),
				filed.trackingNo().replace("-", "－"), " " + filed.trackingNo() + " ",
				filed.trackingNo().substring(0, 5) + " " + filed.trackingNo().substring(5));
		for (String typed : typings) {
			mvc.perform(lookup(typed, "WRNG-CODE", new MockHttpSession(), HelpForms.newAddress()))
				.andExpect(status().isOk());
		}
		// Anyone (from anywhere) can make the number ask a sum, but the holder answers it and gets in.
		MockHttpSession holder = new MockHttpSession();
		String asked = mvc.perform(lookup(filed.trackingNo(), filed.code(), holder, HelpForms.newAddress()))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("请先回答下面的算术题")))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher sum = java.util.regex.Pattern.compile("(\\d+) 加 (\\d+) 等于几").matcher(asked);
		assertThat(sum.find()).isTrue();
		int answer = Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2));
		// A wrong answer asks a new sum and tests no code.
		asked = mvc.perform(lookup(filed.trackingNo(), filed.code(), holder, HelpForms.newAddress())
			.param("challengeAnswer", Integer.toString(answer + 1)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("算得不对")))
			.andReturn().getResponse().getContentAsString();
		sum = java.util.regex.Pattern.compile("(\\d+) 加 (\\d+) 等于几").matcher(asked);
		assertThat(sum.find()).isTrue();
		answer = Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2));
		mvc.perform(lookup(filed.trackingNo(), filed.code(), holder, HelpForms.newAddress())
			.param("challengeAnswer", Integer.toString(answer)))
			.andExpect(redirectedUrl("/help/requests/" + filed.trackingNo()));
		// The right code cleared the count: the next visit is asked nothing.
		mvc.perform(lookup(filed.trackingNo(), filed.code(), new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(redirectedUrl("/help/requests/" + filed.trackingNo()));
	}

	@Test
	void repeatedFailuresFromOneAddressAreSlowed() throws Exception {
		Filed filed = file("13700000004");
		String address = HelpForms.newAddress();
		for (int i = 0; i < 20; i++) {
			mvc.perform(lookup("WQ-2026-8" + String.format("%05d", i), "WRNG-CODE", new MockHttpSession(), address))
				.andExpect(status().isOk());
		}
		mvc.perform(lookup(filed.trackingNo(), filed.code(), new MockHttpSession(), address))
			.andExpect(status().isTooManyRequests());
		mvc.perform(lookup(filed.trackingNo(), filed.code(), new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(redirectedUrl("/help/requests/" + filed.trackingNo()));
	}

	@Test
	void anotherRequestsAddressShowsNothingOfIt() throws Exception {
		Filed mine = file("13700000005");
		Filed theirs = file("13700000006");
		MockHttpSession session = openedSession(mine);
		mvc.perform(get("/help/requests/" + theirs.trackingNo()).session(session))
			.andExpect(redirectedUrl("/help/status"));
		mvc.perform(post("/help/requests/" + theirs.trackingNo() + "/messages").session(session)
			.with(csrf())
			.param("text", "我想看看别人的求助")).andExpect(redirectedUrl("/help/status"));
		mvc.perform(multipart("/help/requests/" + theirs.trackingNo() + "/evidence")
			.file(HelpForms.file("x.png", "image/png", TestFiles.png()))
			.session(session)
			.with(csrf())).andExpect(redirectedUrl("/help/status"));
		mvc.perform(get("/help/requests/' or 1=1 --").session(session)).andExpect(redirectedUrl("/help/status"));
		HelpRequest theirRequest = requests.findByTrackingNo(theirs.trackingNo()).orElseThrow();
		assertThat(evidenceFiles.countByRequestId(theirRequest.getId())).isZero();
		assertThat(service.workerView(WorkerKeys.of(theirs.trackingNo())).orElseThrow().timeline()).hasSize(1);
	}

	@Test
	void withoutTheCodeNothingOpens() throws Exception {
		Filed filed = file("13700000007");
		mvc.perform(get("/help/requests/" + filed.trackingNo())).andExpect(redirectedUrl("/help/status"));
	}

	@Test
	void theWorkerWritesAndAddsEvidenceWhileTheRequestIsOpen() throws Exception {
		Filed filed = file("13700000008");
		MockHttpSession session = openedSession(filed);
		String page = "/help/requests/" + filed.trackingNo();
		mvc.perform(post(page + "/messages").session(session).with(csrf()).param("text", "老板今天又说下个月再给"))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).session(session)).andExpect(content().string(containsString("留言已发送")));
		mvc.perform(post(page + "/messages").session(session).with(csrf()).param("text", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这一项不能空着")));
		mvc.perform(post(page + "/messages").session(session).with(csrf()).param("text", "长".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("太长了，最多写1000个字")));
		mvc.perform(multipart(page + "/evidence").file(HelpForms.file("工资条.png", "image/png", TestFiles.png()))
			.file(HelpForms.file("virus.pdf", "application/pdf", TestFiles.executable()))
			.session(session)
			.with(csrf())).andExpect(redirectedUrl(page));
		mvc.perform(get(page).session(session))
			.andExpect(content().string(containsString("老板今天又说下个月再给")))
			.andExpect(content().string(containsString("工资条.png")))
			.andExpect(content().string(not(containsString("virus.pdf ("))))
			.andExpect(content().string(containsString("已上传1个文件")))
			.andExpect(content().string(containsString("“virus.pdf”没有传上：只能传照片")));
	}

	/** Staff's replies and status moves on the request's timeline, as the city staff member "city". */
	private void asStaff(Filed filed, java.util.function.Consumer<HelpRequest> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("city", null,
					AuthorityUtils.createAuthorityList("ROLE_CITY_STAFF")));
		try {
			transaction.executeWithoutResult(status -> action.accept(requests.findByTrackingNo(filed.trackingNo()).orElseThrow()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void staffRepliesAndStatusChangesAppearOnTheWorkersPage() throws Exception {
		Filed filed = file("13700000009");
		asStaff(filed, request -> {
			timeline.reply(request, "您好，我们已联系用人单位，请保持电话畅通。");
			timeline.changeStatus(request, RequestStatus.ACCEPTED);
		});
		MockHttpSession session = openedSession(filed);
		mvc.perform(get("/help/requests/" + filed.trackingNo()).session(session))
			.andExpect(content().string(containsString("工会回复")))
			.andExpect(content().string(containsString("请保持电话畅通")))
			.andExpect(content().string(containsString("进展：")))
			.andExpect(content().string(containsString("正在办理")))
			.andExpect(content().string(not(containsString("评价工会的服务"))));
	}

	@Test
	void onceClosedTheWorkerRatesTheServiceOnceAndCanAddNothingMore() throws Exception {
		Filed filed = file("13700000010");
		asStaff(filed, request -> {
			timeline.changeStatus(request, RequestStatus.ACCEPTED);
			timeline.changeStatus(request, RequestStatus.CLOSED);
		});
		MockHttpSession session = openedSession(filed);
		String page = "/help/requests/" + filed.trackingNo();
		mvc.perform(get(page).session(session))
			.andExpect(content().string(containsString("评价工会的服务")))
			.andExpect(content().string(not(containsString("给工会留言"))));
		mvc.perform(post(page + "/rating").session(session).with(csrf()).param("score", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请点一个选项")));
		mvc.perform(post(page + "/rating").session(session).with(csrf()).param("score", "2").param("comment", "等了太久"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/rating").session(session).with(csrf()).param("score", "5"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", new Flash.Message("rating.already", List.of())));
		mvc.perform(post(page + "/messages").session(session).with(csrf()).param("text", "还在吗"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", new Flash.Message("request.closed", List.of())));
		mvc.perform(get(page).session(session)).andExpect(content().string(containsString("您的评价：不满意")));
		HelpRequest saved = requests.findByTrackingNo(filed.trackingNo()).orElseThrow();
		assertThat(saved.rating().getScore()).isEqualTo(2);
		assertThat(saved.rating().getComment()).isEqualTo("等了太久");
		assertThat(service.workerView(WorkerKeys.of(filed.trackingNo())).orElseThrow().timeline())
			.noneMatch(entry -> "还在吗".equals(entry.text()));
	}

	@Test
	void theWorkerCanStopViewingOnASharedPhone() throws Exception {
		Filed filed = file("13700000011");
		MockHttpSession session = openedSession(filed);
		mvc.perform(post("/help/requests/" + filed.trackingNo() + "/leave").session(session).with(csrf()))
			.andExpect(redirectedUrl("/help/status"));
		mvc.perform(get("/help/requests/" + filed.trackingNo()).session(session))
			.andExpect(redirectedUrl("/help/status"));
	}

}
