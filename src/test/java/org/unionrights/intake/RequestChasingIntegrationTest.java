package org.unionrights.intake;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service clock on requests: first contact overdue is chased, and past a second limit
 * escalated to city staff; an answer to the worker ends both. Staff see the marks; the worker
 * does not.
 */
@IntegrationTest
class RequestChasingIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RequestChasing chasing;

	@Autowired
	HelpRequestService requests;

	@Autowired
	JdbcTemplate jdbc;

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private String file(String employer) throws Exception {
		Map<String, String> fields = HelpForms.wages("13500009001");
		fields.put("employer.name", employer);
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		mvc.perform(HelpForms.post("/help/new", fields, session, HelpForms.newAddress()));
		String receipt = mvc.perform(get("/help/receipt").session(session)).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher tracking = java.util.regex.Pattern.compile("id=\"tracking-no\">([^<]+)<").matcher(receipt);
		assertThat(tracking.find()).isTrue();
		return tracking.group(1);
	}

	@Autowired
	TriageQueue queue;

	/** Submitted at noon of a day in Shanghai, whatever today's weekday. */
	private void submittedOn(String trackingNo, java.time.LocalDate day) {
		jdbc.update("update help_request set submitted_at = ? where tracking_no = ?",
				java.sql.Timestamp.from(day.atTime(12, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()),
				trackingNo);
	}

	@Test
	void lateFirstContactIsChasedThenEscalatedUntilSomeoneAnswers() throws Exception {
		String fresh = file("刚提交的单位" + System.nanoTime());
		String late = file("首次联系超时的单位" + System.nanoTime());
		String forgotten = file("长期无人联系的单位" + System.nanoTime());
		// Late: the latest day whose one working day for first contact has passed (by the official
		// calendar). Forgotten: a day before the last one past the two further working days.
		submittedOn(late, queue.lastOverdueSubmissionDay());
		submittedOn(forgotten, queue.lastSubmissionDayOlderThan(queue.firstContactWorkingDays() + 2).minusDays(1));

		RequestChasing.Swept swept = chasing.sweep();
		assertThat(swept.chased()).isGreaterThanOrEqualTo(2);
		assertThat(swept.escalated()).isGreaterThanOrEqualTo(1);
		// Each is marked once: a second sweep finds nothing new of these.
		chasing.sweep();
		assertThat(jdbc.queryForObject("select count(*) from request_event e join help_request r on r.id = e.request_id "
				+ "where r.tracking_no = ? and e.kind = 'CHASED'", Long.class, forgotten)).isEqualTo(1);

		mvc.perform(get("/triage").param("escalated", "true").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(forgotten)))
			.andExpect(content().string(not(containsString(late))))
			.andExpect(content().string(not(containsString(fresh))));
		// The badge on that request's row (searched by its number, so it is the only row).
		mvc.perform(get("/triage").param("q", late).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString(late)))
			.andExpect(content().string(containsString("已催办")));
		mvc.perform(get("/triage").param("q", fresh).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString(fresh)))
			.andExpect(content().string(not(containsString("已催办"))));
		mvc.perform(get("/workspace/city").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("件求助超时已上报市总")));
		mvc.perform(get("/triage/requests/" + forgotten).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("首次联系严重超时，已上报市总")));
		assertThat(requests.workerView(WorkerKeys.of(forgotten)).orElseThrow().timeline())
			.noneMatch(entry -> entry.kind() == EventKind.CHASED || entry.kind() == EventKind.ESCALATED);

		// An answer to the worker is the first contact: no longer waiting on the city.
		mvc.perform(post("/triage/requests/" + forgotten + "/reply").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("text", "您好，我们已联系单位。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/triage").param("escalated", "true").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(not(containsString(forgotten))));
	}

	@Autowired
	HelpRequests helpRequests;

	@Autowired
	RequestTimeline timeline;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@Test
	void aSaveOfTheRequestNeverWritesBackTheClocksMarksItReadBeforeTheyWereSet() throws Exception {
		String trackingNo = file("标记竞争测试公司");
		var outer = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		var meanwhile = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		meanwhile.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		outer.executeWithoutResult(status -> {
			HelpRequest request = helpRequests.findByTrackingNo(trackingNo).orElseThrow();
			assertThat(request.firstContact().isChased()).isFalse();
			// The sweep chases it while staff have it open, then staff decline it.
			meanwhile.executeWithoutResult(inner -> helpRequests.chase(java.util.List.of(request.getId()),
					java.time.Instant.now()));
			timeline.changeStatus(request, RequestStatus.DECLINED);
			timeline.reply(request, "不属于工会受理范围，请向劳动监察投诉。");
		});
		var row = jdbc.queryForMap("select status, chased_at, first_contact_at from help_request where tracking_no = ?",
				trackingNo);
		assertThat(row.get("status")).isEqualTo("DECLINED");
		assertThat(row.get("chased_at")).as("the chase written meanwhile is kept").isNotNull();
		assertThat(row.get("first_contact_at")).as("the reply is the first contact").isNotNull();
	}

}
