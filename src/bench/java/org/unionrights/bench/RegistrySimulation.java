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
 * (f) A county officer on the registries: search the enterprises by a name or a code, filter them,
 * open an enterprise's page and the figures page, pausing to read between pages.
 */
public class RegistrySimulation extends Simulation {

	private static final String[] SEARCHES = { "恒达", "秦川物流", "快递", "长青餐饮", "9161039900001", "鑫源建筑12",
			"配送", "华胜机械" };

	private static final Iterator<Map<String, Object>> SEARCH = Stream
		.generate(() -> Map.<String, Object>of("q", SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)]))
		.iterator();

	private final ScenarioBuilder officer = scenario("registry")
		.exec(http("login form").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
		.exec(http("login").post("/login")
			.formParam("username", "weibin")
			.formParam("password", "demo-12351")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200), currentLocation().transform(url -> url.endsWith("/workspace/county")).is(true)))
		.during(Bench.seconds())
		.on(feed(SEARCH)
			.feed(csv(Bench.feeder("enterprises.csv")).random())
			.exec(http("enterprise search").get("/enterprises?q=#{q}").check(status().is(200)))
			.exec(Bench.think())
			.exec(http("enterprise filters").get("/enterprises?industry=LOGISTICS&union=no&newForm=yes")
				.check(status().is(200)))
			.exec(Bench.think())
			.exec(http("enterprise page").get("/enterprises/#{enterpriseId}").check(status().is(200)))
			.exec(Bench.think())
			.exec(http("registry figures").get("/enterprises/figures").check(status().is(200)))
			.exec(Bench.think()));

	{
		setUp(officer.injectOpen(Bench.arrive())).protocols(Bench.protocol());
	}

}
