package org.unionrights.intake;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionrights.files.StoredFiles;
import org.unionrights.files.TestFiles;
import org.unionrights.HttpSession;
import org.unionrights.IntegrationTest;
import org.unionrights.MockMvcSessionJar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class HelpFormIntegrationTest {

	private static final Pattern TRACKING = Pattern.compile("id=\"tracking-no\">([^<]+)<");

	private static final Pattern CODE = Pattern.compile("id=\"query-code\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	HelpRequests requests;

	@Autowired
	EvidenceFiles evidenceFiles;

	@Autowired
	StoredFiles storedFiles;

	@Autowired
	HelpRequestService service;

	@Autowired
	EvidenceIntake evidence;

	@Autowired
	org.springframework.scheduling.config.ScheduledTaskHolder scheduledTasks;

	@Autowired
	PlatformTransactionManager transactionManager;

	private TransactionTemplate transaction;

	@BeforeEach
	void transactions() {
		transaction = new TransactionTemplate(transactionManager);
	}

	/** Tracking number and query code from a receipt page. */
	record Shown(String trackingNo, String code) {
	}

	private Shown receipt(MockHttpSession session) throws Exception {
		String html = mvc.perform(get("/help/receipt").session(session)).andReturn().getResponse().getContentAsString();
		Matcher tracking = TRACKING.matcher(html);
		Matcher code = CODE.matcher(html);
		assertThat(tracking.find()).as("receipt shows a tracking number").isTrue();
		assertThat(code.find()).isTrue();
		return new Shown(tracking.group(1), code.group(1));
	}

	private long requestCount() {
		return requests.count();
	}

	@Test
	void theFormStartsWithTheKindOfProblemAndAsksOnlyWhatThatKindNeeds() throws Exception {
		mvc.perform(get("/help/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您遇到了什么问题")))
			.andExpect(content().string(containsString("/help/new?category=WAGES")));
		mvc.perform(get("/help/new").param("category", "WAGES"))
			.andExpect(content().string(containsString("一共欠了多少钱")))
			.andExpect(content().string(containsString("工友名单")))
			.andExpect(content().string(not(containsString("哪天受的伤"))));
		mvc.perform(get("/help/new").param("category", "INJURY"))
			.andExpect(content().string(containsString("哪天受的伤")))
			.andExpect(content().string(not(containsString("一共欠了多少钱"))));
		mvc.perform(get("/help/new").param("category", "NONSENSE")).andExpect(status().isBadRequest());
	}

	@Test
	void aWageClaimWithRosterAndPhotoGetsAReceiptThatAReloadShowsAgain() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> fields = HelpForms.wages("13912345601");
		mvc.perform(HelpForms.post("/help/new", fields, session, HelpForms.newAddress(),
				HelpForms.file("工地.jpg", "image/jpeg", TestFiles.jpegWithLocation(6))))
			.andExpect(redirectedUrl("/help/receipt"));
		Shown shown = receipt(session);
		assertThat(shown.trackingNo()).matches("^WQ-[0-9]{4}-[0-9]{6,}$");
		assertThat(shown.code()).matches("^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$");
		// A phone reloads the tab when the worker comes back from the camera: the code is still there.
		assertThat(receipt(session)).isEqualTo(shown);

		HelpRequest saved = requests.findByTrackingNo(shown.trackingNo()).orElseThrow();
		assertThat(saved.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(saved.getChannel()).isEqualTo(Channel.WEB);
		assertThat(saved.getQueryCodeHash()).doesNotContain(shown.code().replace("-", ""));
		assertThat(service.verify(shown.trackingNo(), shown.code())).contains(WorkerKeys.of(shown.trackingNo()));
		List<Evidence> files = evidenceFiles.findByRequestIdOrderById(saved.getId());
		assertThat(files).hasSize(1);
		try (InputStream stored = storedFiles.open(files.get(0).getFile())) {
			byte[] bytes = stored.readAllBytes();
			assertThat(TestFiles.contains(bytes, TestFiles.SECRET_PLACE)).as("location removed").isFalse();
			assertThat(bytes).startsWith(TestFiles.JPEG_START);
		}
		assertThat(files.get(0).getFile().getName()).isEqualTo("工地.jpg");
	}

	@Test
	void filingGivesTheSessionANewIdBecauseItNowHoldsACode() throws Exception {
		MockHttpSession session = new MockHttpSession();
		// A session the worker already had (here the login page's, which keeps a CSRF token in it).
		mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		String before = MockMvcSessionJar.sessionCookie(session);
		mvc.perform(HelpForms.post("/help/new", HelpForms.wages("13912345620"), session, HelpForms.newAddress()))
			.andExpect(redirectedUrl("/help/receipt"));
		assertThat(before).isNotNull();
		assertThat(MockMvcSessionJar.sessionCookie(session)).isNotNull().isNotEqualTo(before);
		assertThat(receipt(session).code()).isNotBlank();
	}

	@Test
	void onceWrittenDownTheCodeCanBeHiddenAndStopViewingHidesItToo() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(HelpForms.post("/help/new", HelpForms.wages("13912345621"), session, HelpForms.newAddress()))
			.andExpect(redirectedUrl("/help/receipt"));
		Shown shown = receipt(session);
		// A button pressed on a page left open too long is sent back marked stale: nothing is hidden.
		mvc.perform(post("/help/receipt/hide").session(session).with(csrf().useInvalidToken()))
			.andExpect(forwardedUrl("/help/receipt/hide"));
		assertThat(receipt(session)).isEqualTo(shown);
		mvc.perform(post("/help/receipt/hide").session(session).with(csrf()))
			.andExpect(redirectedUrl("/help/status"));
		mvc.perform(get("/help/receipt").session(session))
			.andExpect(content().string(containsString("查询码已经看不到了")))
			.andExpect(content().string(not(containsString(shown.code()))));

		MockHttpSession shared = new MockHttpSession();
		mvc.perform(HelpForms.post("/help/new", HelpForms.wages("13912345622"), shared, HelpForms.newAddress()))
			.andExpect(redirectedUrl("/help/receipt"));
		Shown other = receipt(shared);
		mvc.perform(post("/help/requests/" + other.trackingNo() + "/leave").session(shared).with(csrf()))
			.andExpect(redirectedUrl("/help/status"));
		mvc.perform(get("/help/receipt").session(shared))
			.andExpect(content().string(not(containsString(other.code()))));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = { "contactMobile|12345|请填写11位手机号",
			"contactMobile|23800138000|请填写11位手机号", "idNumber|110105194912310021|身份证号不对",
			"employer.creditCode|91350100M000100Y44|这个号码不对", "wages.amountOwed|abc|钱数只写数字",
			"wages.amountOwed|0|请填钱数，要大于0", "wages.amountOwed|100.123|请填钱数，要大于0", "wages.amountOwed|-5|请填钱数，要大于0",
			"problemSince|2099-01-01|不能填以后的日子", "wages.periodFrom|2099-01|不能填以后的日子",
			"wages.periodTo|2026-07|“欠到哪个月”不能比“从哪个月开始欠”还早", "wages.periodFrom|2026-13|月份请这样写：2026-03",
			"problemSince|0001-01-01|日期请这样写：2026-03-15", "problemSince|-2026-05-01|日期请这样写：2026-03-15",
			"wages.periodFrom|-2026-05|月份请这样写：2026-03", "wages.periodTo|0001-05|月份请这样写：2026-03",
			"wages.roster|张三 13800138000 8000⏎李四 1380013 8000|第2行：手机号不对",
			"wages.roster|张三 13800138000 8000⏎李四 13800138009 八千|第2行：钱数不对",
			"wages.roster|张三 13800138000 8000 多余 字段|第1行看不懂", "workersAffected|0|请填1到100000之间的人数",
			"description| |这一项不能空着", "consent|false|在方框里打勾", "countyId||这一项不能空着" })
	void eachMistakeIsExplainedBesideItsFieldAndEverythingTypedIsKept(String field, String value, String message)
			throws Exception {
		Map<String, String> fields = HelpForms.wages("13912345602");
		fields.put(field, value == null ? "" : value.replace("⏎", "\n"));
		long before = requestCount();
		String html = mvc
			.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(status().isOk())
			.andExpect(view().name("intake/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(message);
		assertThat(html).contains("aria-invalid=\"true\"");
		assertThat(html).contains("宝鸡市某建筑劳务有限公司", "渭滨区某小区二期工地");
		if (!field.equals("description")) {
			assertThat(html).contains("在渭滨区某工地干了三个月");
		}
		if (!field.equals("wages.roster")) {
			assertThat(html).contains("李四\t13800138002\t8000");
		}
		if (!field.equals("contactMobile")) {
			assertThat(html).contains("value=\"13912345602\"");
		}
		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void anInjuryNeedsItsDateNotInTheFuture() throws Exception {
		Map<String, String> fields = HelpForms.wages("13912345603");
		fields.put("category", "INJURY");
		fields.put("injury.accidentDate", "2099-05-01");
		fields.put("injury.injury", "左腿骨折");
		fields.put("injury.reported", "NO");
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能填以后的日子")))
			.andExpect(content().string(containsString("左腿骨折")));
	}

	@Test
	void errorsSpeakEnglishToEnglishUsers() throws Exception {
		Map<String, String> fields = HelpForms.wages("12345");
		fields.put("lang", "en");
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(content().string(containsString("Enter an 11-digit mobile number")));
	}

	@Test
	void theRosterTotalIsShownBesideTheAmountClaimed() throws Exception {
		Map<String, String> fields = HelpForms.wages("12345");
		fields.put("wages.amountOwed", "25000");
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(content().string(containsString("名单上一共3人，24,000.00元")))
			.andExpect(content().string(containsString("和上面填的欠款总数对不上")));
	}

	@Test
	void anExecutableNamedLikeAPhotoIsRefusedAndTheRestKept() throws Exception {
		long before = requestCount();
		mvc.perform(HelpForms.post("/help/new", HelpForms.wages("13912345604"), new MockHttpSession(),
				HelpForms.newAddress(), HelpForms.file("photo.jpg", "image/jpeg", TestFiles.executable())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“photo.jpg”没有传上：只能传照片")))
			.andExpect(content().string(containsString("您填的其他内容都还在")))
			.andExpect(content().string(containsString("在渭滨区某工地干了三个月")));
		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void anElevenMegabyteFileGetsAMessageOnTheFormNotAnErrorPage() throws Exception {
		long before = requestCount();
		mvc.perform(HelpForms.post("/help/new", HelpForms.wages("13912345605"), new MockHttpSession(),
				HelpForms.newAddress(), HelpForms.file("big.jpg", "image/jpeg", TestFiles.jpegOfMegabytes(11))))
			.andExpect(status().isOk())
			.andExpect(view().name("intake/form"))
			.andExpect(content().string(containsString("“big.jpg”太大了（超过10MB）")))
			.andExpect(content().string(containsString("宝鸡市某建筑劳务有限公司")));
		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void anElevenMegabyteFileOverRealHttpAlsoGetsTheMessageOnTheForm() throws Exception {
		HttpSession browser = new HttpSession(port);
		Map<String, String> fields = HelpForms.wages("13912345613");
		fields.put("_csrf", browser.csrfToken("/help/new?category=WAGES"));
		long before = requestCount();
		HttpResponse<String> response = browser.postMultipart("/help/new", fields, "big.jpg",
				TestFiles.jpegOfMegabytes(11));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("“big.jpg”太大了（超过10MB）", "宝鸡市某建筑劳务有限公司");
		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void aDoubleClickWithAPhotoStoresThePhotoOnce() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> fields = HelpForms.wages("13912345614");
		String address = HelpForms.newAddress();
		byte[] photo = TestFiles.jpegWithLocation(6);
		mvc.perform(HelpForms.post("/help/new", fields, session, address, HelpForms.file("a.jpg", "image/jpeg", photo)))
			.andExpect(redirectedUrl("/help/receipt"));
		mvc.perform(HelpForms.post("/help/new", fields, session, address, HelpForms.file("a.jpg", "image/jpeg", photo)))
			.andExpect(redirectedUrl("/help/receipt"));
		HelpRequest saved = requests.findBySubmissionToken(fields.get("draftToken")).orElseThrow();
		assertThat(evidenceFiles.findByRequestIdOrderById(saved.getId())).hasSize(1);
		assertThat(evidenceFiles.findByDraftTokenAndRequestIdIsNullOrderById(fields.get("draftToken"))).isEmpty();
		Shown shown = receipt(session);
		assertThat(service.verify(shown.trackingNo(), shown.code())).isPresent();
	}

	@Test
	void twoCopiesOfTheFormAtTheSameMomentFileOneRequest() throws Exception {
		MockHttpSession session = new MockHttpSession();
		// A browser that already has a session (the form's page keeps its CSRF token in one).
		mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		String cookieBefore = MockMvcSessionJar.sessionCookie(session);
		Map<String, String> fields = HelpForms.wages("13912345615");
		String address = HelpForms.newAddress();
		long before = requestCount();
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<String>> copies = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				copies.add(pool.submit(() -> {
					go.await();
					return mvc
						.perform(HelpForms.post("/help/new", fields, session, address,
								HelpForms.file("a.png", "image/png", TestFiles.png())))
						.andReturn()
						.getResponse()
						.getRedirectedUrl();
				}));
			}
			go.countDown();
			for (java.util.concurrent.Future<String> copy : copies) {
				assertThat(copy.get()).isEqualTo("/help/receipt");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(requestCount()).isEqualTo(before + 1);
		HelpRequest saved = requests.findBySubmissionToken(fields.get("draftToken")).orElseThrow();
		assertThat(evidenceFiles.findByRequestIdOrderById(saved.getId())).hasSize(1);
		// The copy that found it filed does not overwrite the receipt with one without the code. The
		// filing copy gave the session a new id and the other copy saved it under the old one: the last
		// save wins, so the browser finds its session under one of the two cookies.
		String html = mvc.perform(get("/help/receipt").session(session)).andReturn().getResponse().getContentAsString();
		Shown shown = receipt(TRACKING.matcher(html).find() ? session : MockMvcSessionJar.holding(cookieBefore));
		assertThat(shown.trackingNo()).isEqualTo(saved.getTrackingNo());
		assertThat(shown.code()).isNotBlank();
		assertThat(service.verify(shown.trackingNo(), shown.code())).contains(WorkerKeys.of(shown.trackingNo()));
	}

	@Test
	void sendingAFiledFormAgainFilesNothingAndShowsTheCodeOnlyOnThePhoneThatFiledIt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> fields = HelpForms.wages("13912345616");
		String address = HelpForms.newAddress();
		long before = requestCount();
		mvc.perform(HelpForms.post("/help/new", fields, session, address)).andExpect(redirectedUrl("/help/receipt"));
		Shown first = receipt(session);
		// Back, and send the cached form again: not filed twice; this phone still sees its number and code.
		mvc.perform(HelpForms.post("/help/new", fields, session, address)).andExpect(redirectedUrl("/help/receipt"));
		String again = mvc.perform(get("/help/receipt").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(again).contains(first.trackingNo(), first.code()).doesNotContain("这张表已经交过了");
		// The same form from a new session (the first one timed out): the number, never the code.
		MockHttpSession later = new MockHttpSession();
		mvc.perform(HelpForms.post("/help/new", fields, later, address)).andExpect(redirectedUrl("/help/receipt"));
		String elsewhere = mvc.perform(get("/help/receipt").session(later)).andReturn().getResponse().getContentAsString();
		assertThat(elsewhere).contains(first.trackingNo(), "这张表已经交过了").doesNotContain(first.code());
		assertThat(requestCount()).isEqualTo(before + 1);
	}

	@Test
	void oneAddressCanUploadOnlySoManyTimesAnHour() throws Exception {
		String address = HelpForms.newAddress();
		for (int i = 0; i < 20; i++) {
			Map<String, String> invalid = HelpForms.wages("123");
			mvc.perform(HelpForms.post("/help/new", invalid, new MockHttpSession(), address,
					HelpForms.file(i + ".png", "image/png", TestFiles.png()))).andExpect(status().isOk());
		}
		Map<String, String> fields = HelpForms.wages("13912345617");
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), address,
				HelpForms.file("more.png", "image/png", TestFiles.png())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“more.png”没有传上：这个网络刚才传的文件太多了")))
			.andExpect(content().string(containsString("在渭滨区某工地干了三个月")));
		assertThat(evidenceFiles.findByDraftTokenAndRequestIdIsNullOrderById(fields.get("draftToken"))).isEmpty();
		// Without files the same address can still ask for help.
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), address))
			.andExpect(redirectedUrl("/help/receipt"));
	}

	@Test
	void theLanguageSwitchKeepsTheStep() throws Exception {
		mvc.perform(get("/help/new?category=WAGES"))
			.andExpect(content().string(containsString("href=\"/help/new?category=WAGES&amp;lang=en\"")));
	}

	@Test
	void abandonedDraftsAreCleanedUpOnASchedule() {
		assertThat(scheduledTasks.getScheduledTasks())
			.anyMatch(task -> task.getTask().toString().contains("removeAbandonedDrafts"));
	}

	@Test
	void aGoodFileIsKeptWhileTheWorkerFixesAnotherMistake() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> fields = HelpForms.wages("123");
		String address = HelpForms.newAddress();
		mvc.perform(HelpForms.post("/help/new", fields, session, address,
				HelpForms.file("欠条.pdf", "application/pdf", TestFiles.pdf())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已收到：欠条.pdf")));
		fields.put("contactMobile", "13912345606");
		mvc.perform(HelpForms.post("/help/new", fields, session, address)).andExpect(redirectedUrl("/help/receipt"));
		HelpRequest saved = requests.findBySubmissionToken(fields.get("draftToken")).orElseThrow();
		assertThat(evidenceFiles.findByRequestIdOrderById(saved.getId())).hasSize(1);
	}

	@Test
	void sixFilesAreTooManyForTheForm() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String html = mvc.perform(HelpForms.post("/help/new", HelpForms.wages("123"), session, HelpForms.newAddress(),
				HelpForms.file("1.png", "image/png", TestFiles.png(1)), HelpForms.file("2.png", "image/png", TestFiles.png(2)),
				HelpForms.file("3.png", "image/png", TestFiles.png(3)), HelpForms.file("4.png", "image/png", TestFiles.png(4)),
				HelpForms.file("5.png", "image/png", TestFiles.png(5)), HelpForms.file("6.png", "image/png", TestFiles.png(6))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("“6.png”没有传上：文件已经传满了").contains("已收到：5.png");
	}

	@Test
	void aDoubleSubmitFilesOneRequestAndShowsTheSameCode() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> fields = HelpForms.wages("13912345607");
		String address = HelpForms.newAddress();
		long before = requestCount();
		mvc.perform(HelpForms.post("/help/new", fields, session, address)).andExpect(redirectedUrl("/help/receipt"));
		mvc.perform(HelpForms.post("/help/new", fields, session, address)).andExpect(redirectedUrl("/help/receipt"));
		assertThat(requestCount()).isEqualTo(before + 1);
		Shown shown = receipt(session);
		assertThat(service.verify(shown.trackingNo(), shown.code())).isPresent();
	}

	@Test
	void aRobotFillingTheHiddenFieldFilesNothing() throws Exception {
		Map<String, String> fields = HelpForms.wages("13912345608");
		fields.put("website", "http://spam.example");
		long before = requestCount();
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有交上去")));
		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void oneAddressCanFileOnlySoManyRequestsAnHour() throws Exception {
		String address = HelpForms.newAddress();
		for (int i = 0; i < 10; i++) {
			mvc.perform(HelpForms.post("/help/new", HelpForms.wages("13912345609"), new MockHttpSession(), address))
				.andExpect(redirectedUrl("/help/receipt"));
		}
		Map<String, String> eleventh = HelpForms.wages("13912345609");
		mvc.perform(HelpForms.post("/help/new", eleventh, new MockHttpSession(), address))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("这个网络交表的次数太多了，请60分钟后再试")))
			.andExpect(content().string(containsString("在渭滨区某工地干了三个月")));
		assertThat(requests.findBySubmissionToken(eleventh.get("draftToken"))).isEmpty();
		mvc.perform(HelpForms.post("/help/new", HelpForms.wages("13912345609"), new MockHttpSession(),
				HelpForms.newAddress())).andExpect(redirectedUrl("/help/receipt"));
	}

	@Test
	void aStaleFormComesBackWithEverythingTypedAndSavesNothing() throws Exception {
		HttpSession browser = new HttpSession(port);
		Map<String, String> fields = HelpForms.wages("13912345610");
		String freshToken = browser.csrfToken("/help/new?category=WAGES");
		fields.put("_csrf", "expired-" + freshToken.substring(8));
		long before = requestCount();
		HttpResponse<String> response = browser.postMultipart("/help/new", fields);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("已经过期了", "在渭滨区某工地干了三个月", "value=\"13912345610\"",
				"李四\t13800138002\t8000");
		assertThat(requestCount()).isEqualTo(before);

		// The page it came back with carries a fresh token: sending again works.
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
		assertThat(token.find()).isTrue();
		fields.put("_csrf", token.group(1));
		assertThat(browser.postMultipart("/help/new", fields).statusCode()).isEqualTo(302);
		assertThat(requestCount()).isEqualTo(before + 1);
	}

	@Test
	void aStaffFormWithAnExpiredTokenGetsTheForbiddenPage() throws Exception {
		HttpSession staff = new HttpSession(port).login("city", "demo-12351");
		Map<String, String> fields = HelpForms.wages("13912345612");
		fields.put("_csrf", "not-the-token");
		fields.put("channel", "HOTLINE");
		HttpResponse<String> response = staff.postMultipart("/intake/new", fields);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("表单已过期");
	}

	@Test
	void aForgedCountyIsRefusedWithAMessage() throws Exception {
		Map<String, String> fields = HelpForms.wages("13912345611");
		fields.put("countyId", "99999");
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所选区县不存在")));
		fields.put("countyId", "abc");
		mvc.perform(HelpForms.post("/help/new", fields, new MockHttpSession(), HelpForms.newAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("填得不对")));
	}

	@Test
	void thePrivacyNoticeSaysWhatWhyWhoAndHowLong() throws Exception {
		mvc.perform(get("/help/privacy"))
			.andExpect(content().string(containsString("我们记下哪些信息")))
			.andExpect(content().string(containsString("谁能看到")))
			.andExpect(content().string(containsString("保存5年")));
	}

	@Test
	void filesOfFormsNeverSubmittedAreRemovedAfterADay() throws Exception {
		String token = HelpForms.newToken();
		EvidenceIntake.Outcome outcome = transaction.execute(status -> evidence.acceptDraft(token,
				List.of(HelpForms.file("x.png", "image/png", TestFiles.png())), "worker"));
		assertThat(outcome.stored()).hasSize(1);
		Evidence draft = evidenceFiles.findByDraftTokenAndRequestIdIsNullOrderById(token).get(0);
		storedFiles.open(draft.getFile()).close();

		EvidenceIntake twoDaysLater = new EvidenceIntake(evidenceFiles, storedFiles,
				Clock.offset(Clock.systemUTC(), Duration.ofDays(2)));
		Integer removed = transaction.execute(status -> twoDaysLater.removeAbandonedDrafts());
		assertThat(removed).isGreaterThanOrEqualTo(1);
		assertThat(evidenceFiles.findById(draft.getId())).isEmpty();
		assertThatThrownBy(() -> storedFiles.open(draft.getFile())).isInstanceOf(java.nio.file.NoSuchFileException.class);
	}

}
