package org.unionrights.bench;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * (b) City staff: sign in, then over and over open the triage queue with filters and with a
 * search, open an open case, add a note and record a payment on it, pausing to read between pages.
 */
public class StaffSimulation extends Simulation {

	private static final String[] SEARCHES = { "恒达", "鑫源建筑", "秦川", "王建军", "工地", "宝鸡市长青", "快递", "WQ-2025" };

	private static final Iterator<Map<String, Object>> SEARCH = Stream
		.generate(() -> Map.<String, Object>of("q", SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)]))
		.iterator();

	private final ScenarioBuilder staff = scenario("staff")
		.exec(http("login form").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("login").post("/login")
			.formParam("username", "city")
			.formParam("password", "demo-12351")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200), currentLocation().transform(url -> url.endsWith("/workspace/city")).is(true)))
		.during(Bench.seconds())
		.on(feed(SEARCH)
			.feed(csv(Bench.feeder("cases.csv")).random())
			.exec(http("triage queue (filters)").get("/triage?category=WAGES&migrant=true&countyId=1")
				.check(status().is(200)))
			.exec(Bench.think())
			.exec(http("triage queue (search)").get("/triage?status=&q=#{q}").check(status().is(200)))
			.exec(Bench.think())
			.exec(http("case page").get("/cases/#{caseNo}")
				.check(status().is(200), css("form[action$='/entries'] input[name='_csrf']", "value").saveAs("csrf")))
			.exec(Bench.think())
			.exec(http("add note").post("/cases/#{caseNo}/entries")
				.disableFollowRedirect()
				.formParam("_csrf", "#{csrf}")
				.formParam("entryKind", "NOTE")
				.formParam("text", "基准测试：已电话联系用人单位。")
				.check(status().is(302)))
			.exec(Bench.think())
			.exec(http("record payment").post("/cases/#{caseNo}/payments")
				.disableFollowRedirect()
				.formParam("_csrf", "#{csrf}")
				.formParam("paymentKind", "PAYMENT")
				.formParam("paidOn", Bench.today())
				.formParam("amount", "100.00")
				.formParam("payer", "基准测试付款方")
				.formParam("workerName", "")
				.formParam("paymentNote", "")
				.check(status().is(302)))
			.exec(Bench.think()));

	{
		setUp(staff.injectOpen(Bench.arrive())).protocols(Bench.protocol());
	}

}
