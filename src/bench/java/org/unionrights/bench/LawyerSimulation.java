package org.unionrights.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * (c) A lawyer (one of the generated ones, each with their own cases): signs in, then opens
 * "my cases" and one of their cases with its legal clocks, over and over, pausing to read.
 */
public class LawyerSimulation extends Simulation {

	private final ScenarioBuilder lawyer = scenario("lawyer").feed(csv(Bench.feeder("lawyers.csv")).circular())
		.exec(http("login form").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("login").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", DataGenerator.PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200), currentLocation().transform(url -> url.endsWith("/workspace/lawyer")).is(true)))
		.during(Bench.seconds())
		.on(exec(http("my cases").get("/cases").check(status().is(200), substring("#{caseNo}")))
			.exec(Bench.think())
			.exec(http("case clocks").get("/cases/#{caseNo}").check(status().is(200), css("#clocks-heading").exists()))
			.exec(Bench.think()));

	{
		setUp(lawyer.injectOpen(Bench.arrive())).protocols(Bench.protocol());
	}

}
