package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionrights.common.DemoMode;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.counties.CountyRef;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

/**
 * Demo mode only: a handful of realistic help requests across counties, categories, channels
 * and stages, all with the query code {@value #DEMO_CODE} (see the README). Added once, to an
 * empty table.
 */
@Component
@Order(10)
class IntakeDemoData implements ApplicationRunner {

	static final String DEMO_CODE = "DEMO-2345";

	private static final Logger log = LoggerFactory.getLogger(IntakeDemoData.class);

	/** The demo's city staff member, who registered the hotline and walk-in requests. */
	private static final PortalUser CITY_STAFF = new PortalUser(0, "city", "", "", Role.CITY_STAFF, null, true, true);

	private final DemoMode demoMode;

	private final HelpRequests requests;

	private final HelpRequestService service;

	private final CountyDirectory counties;

	private final Clock clock;

	private final RequestTimeline timeline;

	private final TransactionTemplate transactions;

	private final TriageQueue queue;

	private final RequestChasing chasing;

	IntakeDemoData(DemoMode demoMode, HelpRequests requests, HelpRequestService service, CountyDirectory counties,
			Clock clock, RequestTimeline timeline, PlatformTransactionManager transactionManager, TriageQueue queue,
			RequestChasing chasing) {
		this.queue = queue;
		this.chasing = chasing;
		this.timeline = timeline;
		this.transactions = new TransactionTemplate(transactionManager);
		this.demoMode = demoMode;
		this.clock = clock;
		this.requests = requests;
		this.service = service;
		this.counties = counties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled() || requests.count() > 0) {
			return;
		}
		List<CountyRef> all = counties.active();
		long weibin = all.get(0).id();
		long jintai = all.get(1).id();
		long chencang = all.get(2).id();
		LocalDate today = LocalDate.now(clock);
		String wages = file(new NewHelpRequest(RequestCategory.WAGES,
				"我们班组12人在渭滨区某安置小区工地干了4个月，包工头说总包没拨款，一直拖着不发工资，快过年了都等着钱回家。",
				"宝鸡市恒达建筑劳务有限公司", null, weibin, today.minusMonths(5), "王建军", "13891700001", null, true, null, 12,
				new NewHelpRequest.Wages("渭滨区清姜路安置小区三期", "陕西某建工集团有限公司", "刘某班组",
						today.minusMonths(5).withDayOfMonth(1), today.minusMonths(1).withDayOfMonth(1),
						new BigDecimal("186000.00"),
						List.of(new Roster.Line("王建军", "13891700001", new BigDecimal("16500.00")),
								new Roster.Line("李红兵", "13891700002", new BigDecimal("15500.00")),
								new Roster.Line("赵小军", null, new BigDecimal("15000.00")))),
				null), Channel.WEB, 1);
		file(new NewHelpRequest(RequestCategory.INJURY,
				"在车间操作冲床时右手被压伤，单位只付了部分医药费，不给申请工伤认定。", "宝鸡某机械制造有限公司", null, jintai,
				today.minusDays(40), "张丽", "13891700003", null, false, null, 1, null,
				new NewHelpRequest.Injury(today.minusDays(40), "右手食指、中指骨折", InjuryReported.NO)), Channel.HOTLINE, 2);
		String rider = file(new NewHelpRequest(RequestCategory.CONTRACT, "干了三年外卖骑手，站点突然说不用来了，没有任何补偿。",
				"宝鸡某配送服务有限公司", null, weibin, today.minusDays(10), "陈刚", "13891700004", null, false,
				NewFormWork.FOOD_DELIVERY, 1, null, null), Channel.WEB, 3);
		file(new NewHelpRequest(RequestCategory.SOCIAL_INSURANCE, "公司从去年开始没给我们交社保，问了人事说效益不好。",
				"宝鸡某纺织有限公司", null, chencang, today.minusMonths(10), "刘芳", "13891700005", null, false, null, 35, null,
				null), Channel.WALK_IN, 4);
		file(new NewHelpRequest(RequestCategory.HOURS, "快递网点每天要求干14个小时，一个月只休两天，没有加班费。",
				"宝鸡某快递网点", null, jintai, today.minusMonths(3), "孙磊", "13891700006", null, true, NewFormWork.COURIER, 8,
				null, null), Channel.WEB, 5);
		// In one transaction, so that the reply also records the first contact on the request.
		transactions.executeWithoutResult(status -> requests.findByTrackingNo(wages)
			.ifPresent(request -> timeline.reply(request,
					"王师傅您好，我们已收到您的求助，请把考勤记录和工友名单准备好，工作人员马上与您联系。")));
		// The rider's request came in before the last working day and nobody has called: the
		// service clock chases it, so that a first visit shows a chased request at triage.
		transactions.executeWithoutResult(status -> requests.backdate(rider,
				queue.startOf(queue.lastOverdueSubmissionDay()).plus(java.time.Duration.ofHours(10))));
		chasing.sweep();
		log.info("Demo mode: 5 help requests added ({} … ), query code {} for each", wages, DEMO_CODE);
	}

	/** Files a request as the worker on the web, or as city staff registering it. */
	private String file(NewHelpRequest request, Channel channel, int n) {
		String token = "demo-request-" + n;
		Submission submission = channel == Channel.WEB ? Submission.web(token, DEMO_CODE)
				: Submission.byStaff(CITY_STAFF, channel, token, DEMO_CODE);
		return service.submit(request, submission).trackingNo();
	}

}
