package org.unionrights.bench;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * (a) The anonymous worker, as a person: opens the help form, submits a wage claim with the form's
 * CSRF token, reads the receipt and checks the request with its code; then checks one of the
 * generated requests, pausing between pages. Each round is a new browser session.
 * {@link SubmissionsSimulation} submits the same form without pausing.
 */
public class WorkerSimulation extends Simulation {

	private static final Iterator<Map<String, Object>> MOBILES = Stream
		.generate(() -> Map.<String, Object>of("mobile",
				"139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))))
		.iterator();

	/**
	 * Opens the help form and submits a wage claim with the form's CSRF token, following the
	 * redirect to the receipt; saves the tracking number and query code.
	 */
	static ChainBuilder fileAWageClaim(String form, String submit) {
		return exec(flushCookieJar()).feed(MOBILES)
			.exec(http(form).get("/help/new?category=WAGES")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf"),
						css("input[name='draftToken']", "value").saveAs("draftToken")))
			.exec(http(submit).post("/help/new")
				.formParam("_csrf", "#{csrf}")
				.formParam("category", "WAGES")
				.formParam("draftToken", "#{draftToken}")
				.formParam("description", "在工地干了三个月，老板一直拖欠工资。（基准测试）")
				.formParam("employer.name", "宝鸡基准测试建筑劳务有限公司")
				.formParam("employer.creditCode", "")
				.formParam("countyId", "1")
				.formParam("problemSince", "2026-08-01")
				.formParam("wages.projectSite", "渭滨区某小区工地")
				.formParam("wages.generalContractor", "某建工集团有限公司")
				.formParam("wages.subcontractor", "")
				.formParam("wages.periodFrom", "2026-08")
				.formParam("wages.periodTo", "2026-10")
				.formParam("wages.amountOwed", "24000")
				.formParam("workersAffected", "3")
				.formParam("wages.roster", "张三 13800138001 8000\n李四 13800138002 8000\n王五 13800138003 8000")
				.formParam("contactName", "张三")
				.formParam("contactMobile", "#{mobile}")
				.formParam("idNumber", "")
				.formParam("migrantWorker", "true")
				.formParam("newFormWork", "")
				.formParam("consent", "true")
				.formParam("website", "")
				.check(status().is(200), css("#tracking-no").saveAs("trackingNo"), css("#query-code").saveAs("code")));
	}

	private final ScenarioBuilder worker = scenario("worker").during(Bench.seconds())
		.on(exec(fileAWageClaim("help form", "submit request"))
			.exec(Bench.think())
			.exec(http("status form").get("/help/status")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(Bench.think())
			.exec(http("status lookup").post("/help/status")
				.formParam("_csrf", "#{csrf}")
				.formParam("trackingNo", "#{trackingNo}")
				.formParam("queryCode", "#{code}")
				.check(status().is(200), substring("#{trackingNo}")))
			.exec(Bench.think())
			.feed(csv(Bench.feeder("requests.csv")).random())
			.exec(http("status lookup (generated)").post("/help/status")
				.formParam("_csrf", "#{csrf}")
				.formParam("trackingNo", "#{trackingNo}")
				.formParam("queryCode", DataGenerator.QUERY_CODE)
				.check(status().is(200), substring("#{trackingNo}")))
			.exec(Bench.think()));

	{
		setUp(worker.injectOpen(Bench.arrive())).protocols(Bench.protocol());
	}

}
