package org.unionrights.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unionrights.PortalApplication;
import org.unionrights.intake.BenchCodes;

/**
 * Fills a database with synthetic data for the benchmarks: 13 counties' worth of help requests
 * and cases over five years, with their rosters, timelines, track steps, contacts, notes,
 * payments, lawyers and teams. Deterministic for a given seed and end date.
 *
 * <p>It starts the portal on a free port (embedded PostgreSQL in {@code ./data/bench}
 * unless {@code SPRING_DATASOURCE_URL} is set; Flyway migrates it; demo accounts are created), then
 * runs the SQL scripts in {@code bench/generate/} in name order, in one session, each a set of
 * {@code INSERT … SELECT} over {@code generate_series} computed inside PostgreSQL. A feature adds
 * its own data by adding a script (as {@code 40-registry.sql} adds the enterprises, contracts and
 * groups) that reads the rows before it.
 * Secondary indexes are dropped during the load and rebuilt after it; triggers are off during the
 * load, and {@code 90-rollups.sql} rebuilds the roll-ups they keep.
 *
 * <p>Settings (system properties): {@code bench.requests} (1,265,000, of which about 80 % become
 * cases), {@code bench.seed} (20261128), {@code bench.until} (today, Asia/Shanghai),
 * {@code bench.lawyers-per-county} (20).
 */
public final class DataGenerator {

	/** The password of every generated lawyer account; the query code of every generated request. */
	public static final String PASSWORD = "bench-12351";

	public static final String QUERY_CODE = "BENCH234";

	private static final List<String> LOADED_TABLES = List.of("help_request", "wage_roster_entry", "request_event",
			"legal_case", "case_step", "case_entry", "case_payment", "case_clock_event", "user_account",
			"legal_team_member", "enterprise", "collective_contract", "contract_enterprise", "enterprise_group",
			"enterprise_group_member", "group_activity", "group_opinion");

	private DataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		long requests = Long.getLong("bench.requests", 1_265_000L);
		long seed = Long.getLong("bench.seed", 20261128L);
		int lawyersPerCounty = Integer.getInteger("bench.lawyers-per-county", 20);
		LocalDate until = LocalDate.parse(System.getProperty("bench.until",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));

		SpringApplication application = new SpringApplication(PortalApplication.class);
		// System properties, so that they win over application.properties; the environment
		// (SPRING_DATASOURCE_URL, PORTAL_EMBEDDEDDB_DATADIR …) and -D options still win over them.
		defaultProperty("portal.embedded-db.data-dir", "PORTAL_EMBEDDEDDB_DATADIR", "./data/bench");
		defaultProperty("portal.storage.dir", "PORTAL_STORAGE_DIR", "./data/bench-files");
		defaultProperty("portal.demo.enabled", "PORTAL_DEMO_ENABLED", "true");
		defaultProperty("portal.chasing.cron", null, "-");
		// The web layer starts too (its security configuration needs it), on any free port.
		defaultProperty("server.port", "SERVER_PORT", "0");
		Instant started = Instant.now();
		try (ConfigurableApplicationContext context = application.run(args);
				Connection connection = context.getBean(DataSource.class).getConnection()) {
			if (alreadyGenerated(connection)) {
				System.out.println("Benchmark data is already there; delete ./data/bench (or the external database) "
						+ "to generate again. Writing the scenarios' feeders only.");
				writeFeeders(connection);
				return;
			}
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("seed", Long.toString(seed));
			parameters.put("requests", Long.toString(requests));
			parameters.put("until", until.toString());
			parameters.put("lawyers_per_county", Integer.toString(lawyersPerCounty));
			parameters.put("password_hash", context.getBean(PasswordEncoder.class).encode(PASSWORD));
			parameters.put("code_hash", BenchCodes.hash(context, QUERY_CODE));
			String timings = generate(connection, parameters);
			String summary = String.format("%s%ngenerated in %s (seed %d, until %s): %s%n", timings,
					Duration.between(started, Instant.now()), seed, until, counts(connection));
			System.out.print(summary);
			java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("bench.summary",
					"data/bench-generated.txt")), summary);
			writeFeeders(connection);
		}
	}

	private static void defaultProperty(String name, String environmentVariable, String value) {
		if (System.getProperty(name) == null && (environmentVariable == null || System.getenv(environmentVariable) == null)) {
			System.setProperty(name, value);
		}
	}

	private static boolean alreadyGenerated(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select count(*) from user_account where username like 'bench.%'")) {
			rows.next();
			return rows.getLong(1) > 0;
		}
	}

	/** Runs the scripts; returns how long each took. */
	private static String generate(Connection connection, Map<String, String> parameters) throws SQLException {
		StringBuilder timings = new StringBuilder();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set local synchronous_commit = off");
			statement.execute("set maintenance_work_mem = '512MB'");
			statement.execute("set work_mem = '64MB'");
			List<String> indexes = dropSecondaryIndexes(statement);
			// Triggers that keep roll-ups one row at a time would update the same few rows a million
			// times in one transaction; they are off for the load, and 90-rollups.sql rebuilds what
			// they keep.
			for (String table : LOADED_TABLES) {
				statement.execute("alter table " + table + " disable trigger user");
			}
			for (Resource script : scripts()) {
				Instant start = Instant.now();
				statement.execute(substitute(read(script), parameters));
				timings.append(String.format("  %-28s %s%n", script.getFilename(), Duration.between(start, Instant.now())));
			}
			for (String table : LOADED_TABLES) {
				statement.execute("alter table " + table + " enable trigger user");
			}
			Instant start = Instant.now();
			for (String definition : indexes) {
				statement.execute(definition);
			}
			timings.append(String.format("  %-28s %s (%d indexes)", "indexes rebuilt", Duration.between(start, Instant.now()),
					indexes.size()));
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("vacuum (analyze)");
		}
		return timings.toString();
	}

	/** Drops the indexes that back no constraint on the loaded tables; returns how to build them again. */
	private static List<String> dropSecondaryIndexes(Statement statement) throws SQLException {
		List<String[]> found = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("""
				select i.indexname, i.indexdef from pg_indexes i
				 where i.schemaname = current_schema() and i.tablename = any(string_to_array('%s', ','))
				   and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
				""".formatted(String.join(",", LOADED_TABLES)))) {
			while (rows.next()) {
				found.add(new String[] { rows.getString(1), rows.getString(2) });
			}
		}
		for (String[] index : found) {
			statement.execute("drop index " + index[0]);
		}
		return found.stream().map(index -> index[1]).toList();
	}

	private static Resource[] scripts() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:bench/generate/*.sql");
			Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
			return scripts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource script) {
		try {
			return script.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces {@code ${name}} with the parameter's value (numbers, dates and hashes only). */
	static String substitute(String sql, Map<String, String> parameters) {
		String result = sql;
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (!parameter.getValue().matches("[A-Za-z0-9{}$./:=+_-]*")) {
				throw new IllegalArgumentException("unexpected characters in " + parameter.getKey());
			}
			result = result.replace("${" + parameter.getKey() + "}", parameter.getValue());
		}
		if (result.contains("${")) {
			throw new IllegalArgumentException("a script names a parameter the generator does not have");
		}
		return result;
	}

	/**
	 * The rows the load scenarios pick from ({@code data/bench-feeders/}, or {@code bench.feeders}):
	 * open cases for staff, one open case per generated lawyer, generated tracking numbers.
	 */
	private static void writeFeeders(Connection connection) throws SQLException, IOException {
		java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("bench.feeders", "data/bench-feeders"));
		java.nio.file.Files.createDirectories(folder);
		writeCsv(connection, folder.resolve("cases.csv"), "caseNo", """
				select case_no from legal_case where status = 'OPEN' and case_no like 'AJ-%' order by id desc limit 2000""");
		writeCsv(connection, folder.resolve("lawyers.csv"), "username,caseNo", """
				select distinct on (a.id) a.username || ',' || c.case_no from user_account a
				  join legal_case c on c.lawyer_account_id = a.id and c.status = 'OPEN'
				 where a.username like 'bench.lawyer.%' order by a.id, c.opened_at desc, c.id desc""");
		writeCsv(connection, folder.resolve("requests.csv"), "trackingNo", """
				select tracking_no from help_request where submission_token like 'bench-%'
				 order by hashtext(tracking_no) limit 2000""");
		writeCsv(connection, folder.resolve("enterprises.csv"), "enterpriseId", """
				select id::text from enterprise where created_by = 'bench' and county_id = 1
				 order by hashtext(credit_code) limit 2000""");
		writeCsv(connection, folder.resolve("reports.csv"), "reportId,month", """
				select id::text || ',' || to_char(month, 'YYYY-MM') from monthly_report where created_by = 'bench'
				 order by id""");
		System.out.println("Feeders written to " + folder.toAbsolutePath());
	}

	private static void writeCsv(Connection connection, java.nio.file.Path file, String header, String query)
			throws SQLException, IOException {
		List<String> lines = new ArrayList<>();
		lines.add(header);
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				lines.add(rows.getString(1));
			}
		}
		java.nio.file.Files.write(file, lines, StandardCharsets.UTF_8);
	}

	private static Map<String, Long> counts(Connection connection) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement()) {
			for (String table : LOADED_TABLES) {
				try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

}
