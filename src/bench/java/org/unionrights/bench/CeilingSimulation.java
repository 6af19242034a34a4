package org.unionrights.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The ceiling: the portal's trivial {@code /ping} (no database, no template) at the same
 * concurrency, run with each scenario so every page's figure is also a ratio to it.
 */
public class CeilingSimulation extends Simulation {

	private final ScenarioBuilder ping = scenario("ceiling").during(Bench.seconds())
		.on(http("ping").get("/ping").check(status().is(200)));

	{
		setUp(ping.injectOpen(Bench.atOnce())).protocols(Bench.protocol());
	}

}
