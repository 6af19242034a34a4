package org.unionrights.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * How many help requests the portal takes: each user opens the form and submits it (and reads the
 * receipt it is sent to), over and over without pausing, each time as a new browser session.
 */
public class SubmissionsSimulation extends Simulation {

	private final ScenarioBuilder submissions = scenario("submissions").during(Bench.seconds())
		.on(WorkerSimulation.fileAWageClaim("form (flat out)", "submission (flat out)"));

	{
		setUp(submissions.injectOpen(Bench.atOnce())).protocols(Bench.protocol());
	}

}
