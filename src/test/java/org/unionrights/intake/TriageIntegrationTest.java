package org.unionrights.intake;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionrights.files.TestFiles;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.audit.AuditLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Triage: the queue and a request's page, each scoped to what the staff member may see.
 */
@IntegrationTest
class TriageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HelpRequestService service;

	@Autowired
	HelpRequests requests;

	@Autowired
	EvidenceFiles evidenceFiles;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TriageQueue queue;

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** Files a web request in a county through the public form, with a photo. */
	private String file(long countyId, String employer, String mobile) throws Exception {
		Map<String, String> fields = HelpForms.wages(mobile);
		fields.put("countyId", Long.toString(countyId));
		fields.put("employer.name", employer);
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), HelpForms.newAddress(),
				HelpForms.file("欠条.png", "image/png", TestFiles.png(countyId > 1 ? 9 : 8))))
			.andExpect(redirectedUrl("/help/receipt"));
		return requests.findBySubmissionToken(fields.get("draftToken")).orElseThrow().getTrackingNo();
	}

	@Test
	void cityStaffSeeEveryCountyAndAnOfficerOnlyTheirs() throws Exception {
		String weibin = file(1, "渭滨区甲公司", "13500000001");
		String jintai = file(2, "金台区乙公司", "13500000002");
		mvc.perform(get("/triage?status=&q=甲公司").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(weibin)));
		mvc.perform(get("/triage?status=&q=乙公司").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(jintai)));
		mvc.perform(get("/triage?status=&q=乙公司").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(not(containsString(jintai))))
			.andExpect(content().string(containsString("没有符合条件的求助")));
		// A forged county filter changes nothing for an officer.
		mvc.perform(get("/triage?status=&countyId=2").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(not(containsString(jintai))));
	}

	@Test
	void theQueueMasksMobilesAndSearchesChineseSubstrings() throws Exception {
		String tracking = file(1, "宝鸡秦岭风电设备制造有限公司", "13500000003");
		mvc.perform(get("/triage?q=风电设备").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tracking)))
			.andExpect(content().string(containsString("135****0003")))
			.andExpect(content().string(not(containsString("13500000003"))));
		mvc.perform(get("/triage?q=" + tracking.toLowerCase()).with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(tracking)));
		mvc.perform(get("/triage?q=%25").with(as(DemoUsers.CITY_STAFF))).andExpect(status().isOk());
	}

	@Test
	void searchingFromTheDefaultQueueStaysWithOpenRequests() throws Exception {
		String declined = file(1, "默认筛选公司", "13500000019");
		mvc.perform(post("/triage/requests/" + declined + "/decline").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("text", "不属于受理范围"));
		String open = file(1, "默认筛选公司", "13500000020");
		mvc.perform(get("/triage").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("name=\"status\" value=\"SUBMITTED\"")));
		mvc.perform(get("/triage?status=SUBMITTED&q=默认筛选").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(open)))
			.andExpect(content().string(not(containsString(declined))));
	}

	@Test
	void aTrackingNumberOrItsStartIsLookedUpByTheNumberNewestFirst() throws Exception {
		String older = file(1, "号码搜索公司", "13500007011");
		String newer = file(1, "号码搜索公司", "13500007012");
		String year = newer.substring(0, "WQ-2026".length());
		String html = mvc.perform(get("/triage").param("status", "").param("q", year.toLowerCase()).with(as(DemoUsers.CITY_STAFF)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html.indexOf(newer)).isPositive().isLessThan(html.indexOf(older));
		mvc.perform(get("/triage").param("status", "").param("q", older).with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(older)))
			.andExpect(content().string(not(containsString(newer))));
		assertThat(TriageQueue.trackingPrefix(new TriageFilter(null, null, null, null, false, false, false, false, " wq-2026-00 ")))
			.isEqualTo("WQ-2026-00");
		assertThat(TriageQueue.trackingPrefix(new TriageFilter(null, null, null, null, false, false, false, false, "wq 2026")))
			.isNull();
	}

	/** Copies of a request under new numbers, straight into the table (the form's limits would take hours). */
	private void copies(String trackingNo, int count, String employer) {
		String batch = Long.toString(System.nanoTime(), 36);
		jdbc.update("""
				insert into help_request (tracking_no, query_code_hash, submission_token, status, category, channel,
				    registered_by, description, employer_name, employer_key, county_id, contact_name, contact_mobile,
				    migrant_worker, workers_affected, period_from, amount_owed, consent_at, privacy_version,
				    submitted_at, updated_at)
				select 'WQ-T-' || ? || '-' || g, r.query_code_hash, 'copy-' || ? || '-' || g, r.status, r.category,
				       r.channel, r.registered_by, r.description, ?, 'name:' || ?, r.county_id, r.contact_name,
				       r.contact_mobile, r.migrant_worker, r.workers_affected, r.period_from, r.amount_owed, r.consent_at,
				       r.privacy_version, r.submitted_at + g * interval '1 second', r.updated_at
				  from help_request r cross join generate_series(1, ?) g where r.tracking_no = ?""", batch, batch, employer,
				employer, count, trackingNo);
	}

	@Test
	void aSearchPagesWithoutOverlapAndTheQueueCountsUpToItsCap() throws Exception {
		String word = "翻页测试" + (System.nanoTime() % 100000);
		String first = file(1, word + "公司", "13500007001");
		copies(first, 26, word + "公司");
		String page0 = mvc.perform(get("/triage").param("q", word).with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("共27件")))
			.andReturn().getResponse().getContentAsString();
		String page1 = mvc.perform(get("/triage").param("q", word).param("page", "1").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("共27件")))
			.andReturn().getResponse().getContentAsString();
		java.util.Set<String> seen = new java.util.HashSet<>();
		java.util.regex.Pattern number = java.util.regex.Pattern.compile(">(WQ-[^<]+)</a>");
		for (String html : new String[] { page0, page1 }) {
			java.util.regex.Matcher rows = number.matcher(html);
			while (rows.find()) {
				assertThat(seen.add(rows.group(1))).as("row %s twice", rows.group(1)).isTrue();
			}
		}
		assertThat(seen).hasSize(27).contains(first);
		// Past the cap the queue says "more than" instead of counting every match.
		copies(first, TriageQueue.COUNT_CAP, word + "公司");
		mvc.perform(get("/triage").param("q", word).with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("超过500件")));
		// A word that many requests match is read by walking them newest first: the same pages.
		org.unionrights.security.PortalUser city = (org.unionrights.security.PortalUser) users
			.loadUserByUsername(DemoUsers.CITY_STAFF);
		TriageFilter search = new TriageFilter(null, null, null, null, false, false, false, false, word);
		List<String> newest = jdbc.queryForList("select tracking_no from help_request where search_text like ? "
				+ "order by submitted_at desc, id desc limit 50", String.class, "%" + word + "%");
		List<String> walked = new java.util.ArrayList<>();
		for (int page = 0; page < 2; page++) {
			queue.find(city, search, page).forEach(row -> walked.add(row.trackingNo()));
		}
		assertThat(walked).isEqualTo(newest);
		assertThat(queue.find(city, search, 0).getTotalElements()).isEqualTo(TriageQueue.COUNT_CAP + 1);
		// So does a filter without a search, and below the cap the count is exact.
		mvc.perform(get("/triage").param("countyId", "1").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("超过500件")));
		file(2, word + "乙公司", "13500007003");
		Long waiting = jdbc.queryForObject(
				"select count(*) from help_request where county_id = 2 and status = 'SUBMITTED'", Long.class);
		assertThat(waiting).isBetween(1L, 500L);
		mvc.perform(get("/triage").param("countyId", "2").param("status", "SUBMITTED").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("共" + waiting + "件")));
	}

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void walkingASearchInOrderLeavesThePlannerAsItWas() {
		String setting = transactions.execute(tx -> {
			requests.walkInOrder((root, query, cb) -> cb.like(root.get("searchText"), "%公司%"),
					PageRequest.of(0, 5, org.springframework.data.domain.Sort.by("submittedAt")));
			return jdbc.queryForObject("select current_setting('enable_bitmapscan') || current_setting('enable_seqscan')",
					String.class);
		});
		assertThat(setting).isEqualTo("onon");
	}

	@Test
	void theCountsPerStatusFollowEveryChange() throws Exception {
		java.util.Map<String, Long> actual = new java.util.HashMap<>();
		jdbc.query("select status, count(*) from help_request group by status",
				row -> { actual.put(row.getString(1), row.getLong(2)); });
		org.unionrights.security.PortalUser city = (org.unionrights.security.PortalUser) users
			.loadUserByUsername(DemoUsers.CITY_STAFF);
		java.util.Map<String, Long> shown = queue.counts(city);
		actual.forEach((status, count) -> assertThat(shown.get(status)).as(status).isEqualTo(count));
		String declined = file(1, "计数测试公司", "13500007002");
		mvc.perform(post("/triage/requests/" + declined + "/decline").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("text", "不属于劳动争议"));
		java.util.Map<String, Long> after = queue.counts(city);
		assertThat(after.get("DECLINED")).isEqualTo(shown.get("DECLINED") + 1);
		assertThat(after.get("SUBMITTED")).isEqualTo(shown.get("SUBMITTED"));
		org.unionrights.security.PortalUser jintai = (org.unionrights.security.PortalUser) users.loadUserByUsername("jintai");
		assertThat(queue.counts(jintai).get("DECLINED")).isEqualTo(
				jdbc.queryForObject("select count(*) from help_request where status = 'DECLINED' and county_id = 2", Long.class));
	}

	@Test
	void filtersAndBadFilterValues() throws Exception {
		String tracking = file(1, "过滤测试公司", "13500000004");
		mvc.perform(get("/triage?category=WAGES&migrant=true&group=true&q=过滤测试").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(tracking)));
		mvc.perform(get("/triage?category=INJURY&q=过滤测试").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(not(containsString(tracking))));
		mvc.perform(get("/triage?category=NONSENSE&status=PARTY&countyId=x&page=-3").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(status().isOk());
	}

	@Test
	void aRequestNotContactedWithinAWorkingDayIsFlagged() throws Exception {
		String tracking = file(1, "超时测试公司", "13500000005");
		// A month back is overdue whatever the holidays in between.
		jdbc.update("update help_request set submitted_at = now() - interval '30 days' where tracking_no = ?", tracking);
		mvc.perform(get("/triage?overdue=true&q=超时测试").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString(tracking)))
			.andExpect(content().string(containsString("联系超时")));
		String fresh = file(1, "未超时测试公司", "13500000006");
		mvc.perform(get("/triage?overdue=true&q=未超时测试").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(not(containsString(fresh))));
		// Once staff have answered the worker, the first contact is made.
		mvc.perform(post("/triage/requests/" + tracking + "/reply").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("text", "您好，我们已收到。"));
		mvc.perform(get("/triage?overdue=true&q=超时测试").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(not(containsString(tracking))));
	}

	@Test
	void anOfficerGetsNothingOfAnotherCountysRequest() throws Exception {
		String jintai = file(2, "金台区丙公司", "13500000007");
		long evidenceId = evidenceFiles
			.findByRequestIdOrderById(requests.findByTrackingNo(jintai).orElseThrow().getId())
			.get(0)
			.getId();
		String page = "/triage/requests/" + jintai;
		mvc.perform(get(page).with(as(DemoUsers.COUNTY_OFFICER))).andExpect(status().isNotFound());
		mvc.perform(get(page + "/evidence/" + evidenceId).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isNotFound());
		mvc.perform(post(page + "/decline").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("text", "越权"))
			.andExpect(status().isNotFound());
		mvc.perform(post(page + "/reveal").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()))
			.andExpect(status().isNotFound());
		for (String action : List.of("reply", "note", "refer", "merge")) {
			mvc.perform(post(page + "/" + action).with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
				.param("text", "越权").param("body", "WQ-2026-000001")).andExpect(status().isNotFound());
		}
		assertThat(service.workerView(WorkerKeys.of(jintai)).orElseThrow().timeline()).hasSize(1);
		assertThat(requests.findByTrackingNo(jintai).orElseThrow().getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		mvc.perform(get(page).with(as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
		mvc.perform(get(page).with(as(DemoUsers.CITY_STAFF))).andExpect(status().isOk());
	}

	@Test
	void evidenceOpensOnlyThroughItsOwnRequest() throws Exception {
		String mine = file(1, "证据甲公司", "13500000008");
		String other = file(1, "证据乙公司", "13500000009");
		long otherEvidence = evidenceFiles
			.findByRequestIdOrderById(requests.findByTrackingNo(other).orElseThrow().getId())
			.get(0)
			.getId();
		long myEvidence = evidenceFiles
			.findByRequestIdOrderById(requests.findByTrackingNo(mine).orElseThrow().getId())
			.get(0)
			.getId();
		mvc.perform(get("/triage/requests/" + mine + "/evidence/" + otherEvidence).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isNotFound());
		byte[] bytes = mvc.perform(get("/triage/requests/" + mine + "/evidence/" + myEvidence)
			.with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(bytes).startsWith(TestFiles.PNG_START);
	}

	@Test
	void revealingTheFullNumberIsLogged() throws Exception {
		String tracking = file(1, "显示号码公司", "13500000010");
		mvc.perform(get("/triage/requests/" + tracking).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("135****0010")))
			.andExpect(content().string(not(containsString("13500000010"))));
		mvc.perform(post("/triage/requests/" + tracking + "/reveal").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()))
			.andExpect(content().string(containsString("13500000010")));
		assertThat(auditLog.about("request:" + tracking, PageRequest.of(0, 10)).getContent())
			.anyMatch(entry -> entry.action().equals("CONTACT_REVEALED") && entry.actor().equals("weibin"));

		// City staff's export carries full numbers: it is personal data opened too.
		mvc.perform(get("/triage/export.csv?status=&q=显示号码公司").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(content().string(containsString("13500000010")));
		// The administrator sees who opened personal data, apart from everything else logged.
		String views = mvc.perform(get("/admin/audit").param("personal", "true").with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(views).contains("request:" + tracking, "查看完整联系方式", "导出受理列表（完整号码）")
			.doesNotContain("职工网上求助");
		assertThat(auditLog.personalDataViews(PageRequest.of(0, 50)).getContent())
			.allMatch(entry -> entry.action().equals("CONTACT_REVEALED") || entry.action().equals("QUEUE_EXPORTED_FULL"))
			.anyMatch(entry -> entry.subject().equals("request:" + tracking))
			.anyMatch(entry -> entry.action().equals("QUEUE_EXPORTED_FULL") && entry.actor().equals("city"));
		mvc.perform(get("/admin/audit").param("personal", "true").with(as(DemoUsers.CITY_STAFF)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").param("personal", "true")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void repliesReachTheWorkerAndNotesNever() throws Exception {
		String tracking = file(1, "回复测试公司", "13500000011");
		String page = "/triage/requests/" + tracking;
		mvc.perform(post(page + "/reply").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("text", "请明天上午带上欠条来工作站。"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/note").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("text", "包工头电话已打不通"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/note").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("text", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这一项不能空着")));
		List<TimelineEntry> worker = service.workerView(WorkerKeys.of(tracking)).orElseThrow().timeline();
		assertThat(worker).anyMatch(entry -> "请明天上午带上欠条来工作站。".equals(entry.text()));
		assertThat(worker).noneMatch(entry -> "包工头电话已打不通".equals(entry.text()));
		String html = mvc.perform(get(page).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("包工头电话已打不通")))
			.andExpect(content().string(containsString("内部备注")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Several forms on one page: every field keeps its own id, and its label points at it.
		java.util.regex.Matcher ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (ids.find()) {
			assertThat(seen.add(ids.group(1))).as("id " + ids.group(1) + " twice").isTrue();
		}
		assertThat(seen).contains("reply-text", "note-text", "refer-body", "merge-body");
		assertThat(html).contains("for=\"note-text\"");
	}

	@Test
	void declineAndReferTellTheWorkerWhy() throws Exception {
		String declined = file(1, "不受理测试公司", "13500000012");
		mvc.perform(post("/triage/requests/" + declined + "/decline").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("text", "不属于劳动争议，建议向消费者协会反映。")).andExpect(redirectedUrl("/triage/requests/" + declined));
		WorkerRequestView view = service.workerView(WorkerKeys.of(declined)).orElseThrow();
		assertThat(view.status()).isEqualTo(RequestStatus.DECLINED);
		assertThat(view.timeline()).anyMatch(entry -> entry.text() != null && entry.text().contains("消费者协会"));
		// A second decline is refused by the lifecycle, with a message.
		mvc.perform(post("/triage/requests/" + declined + "/decline").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("text", "again")).andExpect(redirectedUrl("/triage/requests/" + declined));
		assertThat(service.workerView(WorkerKeys.of(declined)).orElseThrow().timeline()).noneMatch(entry -> "again".equals(entry.text()));

		String referred = file(1, "转交测试公司", "13500000013");
		mvc.perform(post("/triage/requests/" + referred + "/refer").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("body", "").param("text", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这一项不能空着")));
		mvc.perform(post("/triage/requests/" + referred + "/refer").with(as(DemoUsers.CITY_STAFF)).with(csrf())
			.param("body", "渭滨区劳动保障监察大队").param("text", "属于劳动监察职责"))
			.andExpect(redirectedUrl("/triage/requests/" + referred));
		assertThat(service.workerView(WorkerKeys.of(referred)).orElseThrow().status()).isEqualTo(RequestStatus.REFERRED);
	}

	@Test
	void aDuplicateIsMergedIntoTheRequestThatGoesOn() throws Exception {
		String kept = file(1, "合并测试公司", "13500000014");
		String duplicate = file(1, "合并测试公司", "13500000014");
		String elsewhere = file(2, "合并测试公司", "13500000015");
		String page = "/triage/requests/" + duplicate;
		mvc.perform(get(page).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("可能重复")))
			.andExpect(content().string(containsString(kept)));
		mvc.perform(post(page + "/merge").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("body", elsewhere))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有这个求助编号")))
			.andExpect(content().string(containsString("value=\"" + elsewhere + "\"")));
		mvc.perform(post(page + "/merge").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("body", duplicate))
			.andExpect(content().string(containsString("只能合并到本区县另一件尚在办理的求助")));
		mvc.perform(post(page + "/merge").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("body", kept.toLowerCase()))
			.andExpect(redirectedUrl(page));
		WorkerRequestView worker = service.workerView(WorkerKeys.of(duplicate)).orElseThrow();
		assertThat(worker.status()).isEqualTo(RequestStatus.MERGED);
		assertThat(worker.timeline()).noneMatch(entry -> entry.text() != null && entry.text().contains(kept));
		mvc.perform(get("/triage/requests/" + kept).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("← " + duplicate)));
		assertThat(service.workerView(WorkerKeys.of(elsewhere)).orElseThrow().status()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void theExportIsMaskedForOfficersAndFullForCityStaff() throws Exception {
		String tracking = file(1, "导出测试公司", "13500000016");
		String jintai = file(2, "导出测试公司", "13500000017");
		byte[] officer = mvc.perform(get("/triage/export.csv?status=&q=导出测试").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(officer).startsWith(0xEF, 0xBB, 0xBF);
		String officerCsv = new String(officer, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(officerCsv).contains("\"求助编号\"", tracking, "\"135****0016\"", "\"渭滨区\"", "\"拖欠工资\"")
			.doesNotContain("13500000016")
			.doesNotContain(jintai);
		String cityCsv = mvc.perform(get("/triage/export.csv?status=&q=导出测试").with(as(DemoUsers.CITY_STAFF)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(cityCsv).contains("13500000016", "13500000017", jintai);
		assertThat(auditLog.about("triage", PageRequest.of(0, 5)).getContent())
			.anyMatch(entry -> entry.action().equals("QUEUE_EXPORTED") && entry.actor().equals("weibin"));
	}

	@Test
	void theExcelExportHasTheSameRows() throws Exception {
		String tracking = file(1, "表格导出公司", "13500000018");
		byte[] xlsx = mvc.perform(get("/triage/export.xlsx?status=&q=表格导出").param("lang", "en")
			.with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Request number");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(tracking);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Weibin District");
			assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("135****0018");
			// Head count and amount are numbers, so that a SUM adds them up.
			assertThat(sheet.getRow(1).getCell(11).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isPositive();
			assertThat(sheet.getRow(1).getCell(12).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
		}
	}

	@Test
	void anExportLargerThanTheLimitIsRefusedNotCutShort() throws Exception {
		int rows = TriageQueue.EXPORT_LIMIT + 1;
		jdbc.update("""
				insert into help_request (tracking_no, query_code_hash, submission_token, status, category, channel,
				    description, employer_name, employer_key, county_id, contact_name, contact_mobile, migrant_worker,
				    workers_affected, consent_at, privacy_version, submitted_at, updated_at)
				select 'WQ-2001-' || lpad(n::text, 6, '0'), 'x', 'bulk-' || n, 'CLOSED', 'OTHER', 'WEB', '批量导出测试',
				    '批量导出测试公司', 'name:批量', 1, '批量', '13900000000', false, 1, now(), '2026-11',
				    now() - interval '2000 days', now()
				from generate_series(1, ?) n""", rows);
		try {
			mvc.perform(get("/triage/export.csv?status=&q=批量导出测试").with(as(DemoUsers.CITY_STAFF)))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/triage?status=&q=%E6%89%B9%E9%87%8F%E5%AF%BC%E5%87%BA%E6%B5%8B%E8%AF%95"))
				.andExpect(flash().attribute("flashError",
						new org.unionrights.common.web.Flash.Message("triage.export.tooMany", List.of(TriageQueue.EXPORT_LIMIT))));
		}
		finally {
			jdbc.update("delete from help_request where submission_token like 'bulk-%'");
		}
	}

	@Test
	void lawyersExportNothing() throws Exception {
		mvc.perform(get("/triage/export.csv").with(as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
	}

}
