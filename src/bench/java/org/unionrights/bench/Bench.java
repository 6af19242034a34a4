package org.unionrights.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What every scenario shares: where the portal is ({@code bench.url}), how many concurrent users
 * ({@code bench.users}, 16) for how long ({@code bench.seconds}, 60), and the feeders written by
 * {@link DataGenerator}.
 */
final class Bench {

	private Bench() {
	}

	static String url() {
		return System.getProperty("bench.url", "http://127.0.0.1:8080");
	}

	static int users() {
		return Integer.getInteger("bench.users", 16);
	}

	static int seconds() {
		return Integer.getInteger("bench.seconds", 60);
	}

	/**
	 * A person's pause between two pages ({@code bench.think-ms}, 1000 on average, half to one and a
	 * half of it): workers, staff and lawyers read what they opened. Only the submissions and the
	 * ceiling run without pauses, to measure how much the portal takes.
	 */
	static io.gatling.javaapi.core.ChainBuilder think() {
		int mean = Integer.getInteger("bench.think-ms", 1000);
		return io.gatling.javaapi.core.CoreDsl.pause(java.time.Duration.ofMillis(mean / 2),
				java.time.Duration.ofMillis(mean * 3L / 2));
	}

	/**
	 * People arrive over {@code bench.ramp-seconds} (10), not in the same millisecond: 16 sign-ins
	 * at once would measure a queue at the door that no union office sees.
	 */
	static io.gatling.javaapi.core.OpenInjectionStep[] arrive() {
		return new io.gatling.javaapi.core.OpenInjectionStep[] { settle(), io.gatling.javaapi.core.CoreDsl
			.rampUsers(users())
			.during(java.time.Duration.ofSeconds(Integer.getInteger("bench.ramp-seconds", 10))) };
	}

	/** All users at once, for the runs that measure how much the portal takes. */
	static io.gatling.javaapi.core.OpenInjectionStep[] atOnce() {
		return new io.gatling.javaapi.core.OpenInjectionStep[] { settle(),
				io.gatling.javaapi.core.CoreDsl.atOnceUsers(users()) };
	}

	/**
	 * Nothing for the first 5 seconds: the load tool's own start (loading and compiling its
	 * classes) takes both cores of a small machine for a few seconds, and would be measured as the
	 * portal's slowness.
	 */
	private static io.gatling.javaapi.core.OpenInjectionStep settle() {
		return io.gatling.javaapi.core.CoreDsl.nothingFor(java.time.Duration.ofSeconds(5));
	}

	static String feeder(String name) {
		return Path.of(System.getProperty("bench.feeders", "data/bench-feeders")).resolve(name).toAbsolutePath()
			.toString();
	}

	static String today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
	}

	/** A browser that speaks Chinese, keeps cookies per virtual user, and loads no assets. */
	static HttpProtocolBuilder protocol() {
		return http.baseUrl(url())
			.acceptHeader("text/html,application/xhtml+xml")
			.acceptLanguageHeader("zh-CN,zh;q=0.9")
			.userAgentHeader("union-rights-bench")
			.disableCaching()
			.shareConnections();
	}

}
