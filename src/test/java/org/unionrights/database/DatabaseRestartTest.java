package org.unionrights.database;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unionrights.HttpSession;
import org.unionrights.PortalApplication;
import org.unionrights.intake.HelpForms;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under load and comes back: while four clients file help requests, each
 * with its own form token (the draft token, which files a request once), PostgreSQL is stopped
 * "fast" and started again, then stopped "immediate" (as on a crash: recovery from the WAL) and
 * started again, then every connection of the portal is killed. The portal is not restarted.
 * Afterwards every request the portal acknowledged (the receipt redirect) is in the database
 * exactly once, and after each blow the portal answers its health check within 30 seconds. A
 * client whose request failed sends the same form again, as a worker would. Last, a copy of the
 * stopped database's folder (a cold backup) is restored: a portal started on it has everything.
 */
class DatabaseRestartTest {

	private static final Duration BACK_WITHIN = Duration.ofSeconds(30);

	private final Path home = Path.of("target/restart-pg");

	private EmbeddedPostgresServer database;

	@Test
	void everyAcknowledgedRequestExistsOnceAndThePortalRecoversByItself() throws Exception {
		int port;
		try (var socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		deleteTree(home);
		// Kept, not a throw-away test database: fsync and synchronous commits on, as for a real portal.
		database = start(port);
		String url = database.jdbcUrl();
		int stored;
		try (ConfigurableApplicationContext portal = portalOn(database)) {
			int web = ((WebServerApplicationContext) portal).getWebServer().getPort();
			Load load = new Load(web);
			load.start(4);
			List<String> recoveries = new ArrayList<>();

			Thread.sleep(3_000);
			database.close();
			Thread.sleep(1_500);
			database = start(port);
			recoveries.add("fast restart: " + backWithin(web));

			Thread.sleep(3_000);
			stopImmediately();
			Thread.sleep(1_500);
			database = start(port);
			recoveries.add("immediate restart: " + backWithin(web));

			Thread.sleep(3_000);
			int killed = killThePortalsConnections();
			recoveries.add("killed " + killed + " backends: " + backWithin(web));

			Thread.sleep(3_000);
			load.stop();

			JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, database.username(), database.password()));
			for (String token : load.acknowledged) {
				assertThat(jdbc.queryForObject("select count(*) from help_request where submission_token = ?",
						Integer.class, token)).as("acknowledged " + token).isOne();
			}
			// The database is this test's own: every request in it came from the clients.
			stored = jdbc.queryForObject("select count(*) from help_request", Integer.class);
			System.out.printf("Database restarts: %d acknowledged, %d stored, %d failed tries retried; %s%n",
					load.acknowledged.size(), stored, load.failures.get(), String.join("; ", recoveries));
			// Stored but not acknowledged: the answer was lost with the connection, never a second copy.
			assertThat(stored).isGreaterThanOrEqualTo(load.acknowledged.size());
			assertThat(jdbc.queryForObject("select count(*) - count(distinct submission_token) from help_request",
					Integer.class)).isZero();
			assertThat(load.acknowledged).as("requests filed").hasSizeGreaterThan(20);
			assertThat(load.failures.get()).as("the blows were felt").isPositive();
			assertThat(killed).isPositive();
		}
		finally {
			database.close();
		}

		// A cold copy of the folder, taken with the server stopped, is a backup of the embedded database
		// (docs/operations.md): a server and a portal started on the copy have every request, and
		// Flyway finds the schema at its version and changes nothing.
		Path copy = Path.of("target/restore-pg");
		deleteTree(copy);
		copyTree(home, copy);
		int freePort;
		try (var socket = new java.net.ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		database = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(copy, freePort, "portal", false,
				Duration.ofSeconds(60)));
		try {
			JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
					database.password()));
			int migrations = restored.queryForObject("select count(*) from flyway_schema_history", Integer.class);
			try (ConfigurableApplicationContext portal = portalOn(database)) {
				assertThat(restored.queryForObject("select count(*) from help_request", Integer.class)).isEqualTo(stored);
				assertThat(restored.queryForObject("select count(*) from flyway_schema_history", Integer.class))
					.isEqualTo(migrations);
				int web = ((WebServerApplicationContext) portal).getWebServer().getPort();
				assertThat(new HttpSession(web).get("/help/status").statusCode()).isEqualTo(200);
				assertThat(backWithin(web)).isNotBlank();
			}
		}
		finally {
			database.close();
		}
	}

	private static ConfigurableApplicationContext portalOn(EmbeddedPostgresServer database) {
		return new SpringApplicationBuilder(PortalApplication.class).run("--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(), "--spring.datasource.password=" + database.password(),
				"--portal.admin.password=Restart-admin-2026", "--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off", "--portal.storage.dir=target/restart-files", "--portal.chasing.cron=-",
				"--portal.privacy.anonymise-cron=-", "--portal.intake.limits.submissions-per-address=100000",
				"--portal.intake.limits.uploads-per-address=100000");
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				// Directories too, with their permissions: PostgreSQL refuses a data folder others may read.
				Files.copy(file, to.resolve(from.relativize(file).toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private EmbeddedPostgresServer start(int port) {
		return EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(home, port, "portal", false,
				Duration.ofSeconds(60)));
	}

	private static void deleteTree(Path path) throws IOException {
		if (Files.exists(path)) {
			try (Stream<Path> files = Files.walk(path)) {
				for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	/** How long until the portal's health check (which asks the database) says UP again; fails past 30 s. */
	private static String backWithin(int web) throws InterruptedException {
		long start = System.nanoTime();
		java.net.http.HttpClient probe = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + web + "/actuator/health"))
			.timeout(Duration.ofSeconds(10))
			.build();
		while (true) {
			try {
				HttpResponse<String> health = probe.send(request, HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return (System.nanoTime() - start) / 1_000_000 + " ms";
				}
			}
			catch (IOException ex) {
				// not yet
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("back within 30 s").isLessThan(BACK_WITHIN);
			Thread.sleep(100);
		}
	}

	/**
	 * PostgreSQL's "immediate" shutdown (SIGQUIT to the postmaster, what {@code pg_ctl stop -m
	 * immediate} sends; pg_ctl itself refuses to run as root): no checkpoint, so the next start
	 * recovers from the write-ahead log, as after a crash.
	 */
	private void stopImmediately() throws Exception {
		long postmaster = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(0).strip());
		ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
		Process quit = new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster)).start();
		assertThat(quit.waitFor(10, TimeUnit.SECONDS) && quit.exitValue() == 0).as("SIGQUIT sent").isTrue();
		server.onExit().get(30, TimeUnit.SECONDS);
		try {
			database.close(); // the server is gone already; this frees the folder's lock
		}
		catch (RuntimeException | IOException ex) {
			// stopping a stopped server complains; nothing was left to stop
		}
	}

	private int killThePortalsConnections() throws Exception {
		try (Connection admin = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
				var statement = admin.createStatement();
				var killed = statement.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) from "
						+ "pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
			killed.next();
			return killed.getInt(1);
		}
	}

	/** Clients filing help requests through the form, each request with its own token, retried until answered. */
	static final class Load {

		final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

		final AtomicInteger failures = new AtomicInteger();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger numbers = new AtomicInteger();

		private final int port;

		private ExecutorService clients;

		Load(int port) {
			this.port = port;
		}

		void start(int count) {
			clients = Executors.newFixedThreadPool(count);
			for (int i = 0; i < count; i++) {
				clients.submit(this::fileRequests);
			}
		}

		void stop() throws InterruptedException {
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}

		private Void fileRequests() throws InterruptedException {
			HttpSession browser = new HttpSession(port);
			while (running.get()) {
				int n = numbers.incrementAndGet();
				String token = HelpForms.newToken(); // as the form page makes it: 32 hex digits
				Map<String, String> fields = HelpForms.wages(String.format("139%08d", n));
				fields.put("draftToken", token);
				fields.put("wages.roster", "");
				// Until answered: a worker whose page failed presses "submit" again, with the same form.
				while (true) {
					try {
						fields.put("_csrf", browser.csrfToken("/help/new?category=WAGES"));
						HttpResponse<String> sent = browser.postMultipart("/help/new", fields);
						if (sent.statusCode() == 302 && sent.headers().firstValue("Location").orElse("").endsWith("/help/receipt")) {
							acknowledged.add(token);
							break;
						}
						failures.incrementAndGet();
					}
					catch (IOException | AssertionError ex) {
						failures.incrementAndGet();
					}
					if (!running.get()) {
						break;
					}
					Thread.sleep(200);
				}
			}
			return null;
		}

	}

}
