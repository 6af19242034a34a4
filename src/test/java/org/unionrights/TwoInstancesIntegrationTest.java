package org.unionrights;

import java.net.http.HttpResponse;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.NewAccount;
import org.unionrights.intake.RequestChasing;
import org.unionrights.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portals on one database, as behind a balancer: a second whole portal is started on the test
 * database beside the test's own, and a browser goes back and forth between them. They share who
 * is signed in (sessions in PostgreSQL), run a sweep once between them (ShedLock) and count abuse
 * limits together (Bucket4j on PostgreSQL).
 */
@IntegrationTest
class TwoInstancesIntegrationTest {

	private static final String PASSWORD = "Two-portals-2026";

	private static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	RequestChasing chasing;

	/** The second portal: same database, file store and settings; started once. */
	@BeforeEach
	void startTheSecondPortal() throws Exception {
		if (second == null) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			// As command-line arguments: they override the test profile's file, as deployment settings do.
			second = new SpringApplicationBuilder(PortalApplication.class).profiles("test")
				.run("--server.port=0", "--spring.datasource.url=" + pool.getJdbcUrl(),
						"--spring.datasource.username=" + pool.getUsername(),
						"--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
						// Configured as the first (demo mode: a portal outside it would retire the demo passwords);
						// the demo data is there already, so it adds none.
						"--portal.demo.enabled=true",
						// This one holds a sweep's lock for a while after it ran, as in production.
						"--portal.chasing.lock-at-least=PT5M");
		}
	}

	@AfterAll
	static void stopTheSecondPortal() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	private int secondPort() {
		return ((WebServerApplicationContext) second).getWebServer().getPort();
	}

	@Test
	void aLoginOnOnePortalIsALoginOnTheOther() throws Exception {
		accounts.create(new NewAccount("two.portals", "两台测试", Role.CITY_STAFF, null, PASSWORD));
		HttpSession first = new HttpSession(port).login("two.portals", PASSWORD);
		HttpSession other = first.at(secondPort());
		assertThat(secondPort()).isNotEqualTo(port);

		HttpResponse<String> there = other.get("/workspace/city");
		assertThat(there.statusCode()).isEqualTo(200);
		assertThat(there.body()).contains("两台测试");

		// Signed out on the second, signed out on the first.
		assertThat(other.post("/logout", Map.of("_csrf", other.csrfToken("/workspace/city"))).statusCode())
			.isEqualTo(302);
		HttpResponse<String> back = first.get("/workspace/city");
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	@Test
	void anAccountDisabledOnOnePortalEndsItsSessionOnTheOther() throws Exception {
		long id = accounts.create(new NewAccount("two.disabled", "停用测试", Role.CITY_STAFF, null, PASSWORD)).id();
		HttpSession onSecond = new HttpSession(secondPort()).login("two.disabled", PASSWORD);
		assertThat(onSecond.get("/workspace/city").statusCode()).isEqualTo(200);

		accounts.disable(id, "admin");

		HttpResponse<String> after = onSecond.get("/workspace/city");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
	}

	@Test
	void aSweepRunsOnOnePortalOnly() {
		try {
			assertThat(second.getBean(RequestChasing.class).sweep()).as("the second portal sweeps").isNotNull();
			assertThat(chasing.sweep()).as("this one skips: the second holds the sweep").isNull();
			assertThat(jdbc.queryForObject("SELECT lock_until > timezone('utc', now()) FROM shedlock WHERE name = "
					+ "'request-chasing'", Boolean.class)).as("held by the second for a while after its run").isTrue();
		}
		finally {
			jdbc.update("UPDATE shedlock SET lock_until = timezone('utc', now()) - interval '1 second'");
		}
		assertThat(chasing.sweep()).as("free again: this one sweeps").isNotNull();
	}

	@Test
	void wrongPasswordsCountTogetherOnBothPortals() throws Exception {
		String name = "two.limits." + System.nanoTime();
		HttpSession first = new HttpSession(port).header("X-Forwarded-For", "198.51.100.61");
		HttpSession other = first.at(secondPort());
		for (int i = 1; i <= 5; i++) {
			HttpSession portal = i % 2 == 0 ? other : first;
			HttpResponse<String> wrong = portal.post("/login",
					Map.of("username", name, "password", "wrong-" + i, "_csrf", portal.csrfToken("/login")));
			assertThat(wrong.headers().firstValue("Location").orElseThrow()).as("try " + i).endsWith("/login?error");
		}
		// The sixth, on either portal, is asked the sum first: both counted the five.
		for (HttpSession portal : new HttpSession[] { first, other }) {
			HttpResponse<String> sixth = portal.post("/login",
					Map.of("username", name, "password", "wrong-6", "_csrf", portal.csrfToken("/login")));
			assertThat(sixth.headers().firstValue("Location").orElseThrow()).endsWith("/login?challenge");
		}
	}

}
