package org.unionrights.bench;

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
 * (g) City staff on the monthly reports: the dashboard of a month of the last twelve (every
 * county, its twelve months of charts) and a county's draft report, whose figures are counted
 * afresh (the pre-fill) each time it is opened; pausing to read between pages.
 */
public class ReportsSimulation extends Simulation {

	private final ScenarioBuilder staff = scenario("reports")
		.exec(http("login form").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("login").post("/login")
			.formParam("username", "city")
			.formParam("password", "demo-12351")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200), currentLocation().transform(url -> url.endsWith("/workspace/city")).is(true)))
		.during(Bench.seconds())
		.on(feed(csv(Bench.feeder("reports.csv")).random())
			.exec(http("dashboard").get("/reports/dashboard?month=#{month}").check(status().is(200)))
			.exec(Bench.think())
			.exec(http("report pre-fill").get("/reports/#{reportId}").check(status().is(200)))
			.exec(Bench.think()));

	{
		setUp(staff.injectOpen(Bench.arrive())).protocols(Bench.protocol());
	}

}
