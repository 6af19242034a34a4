package org.unionrights.database;

import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;
import org.unionrights.PortalApplication;
import org.unionrights.common.DemoMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, the same application migrates that (empty) database,
 * creates the administrator from {@code PORTAL_ADMIN_PASSWORD}, starts no embedded server and is
 * not a demo. The "external" server here is the test run's embedded one, reached by URL only.
 */
@IntegrationTest
class ExternalDatabaseStartupTest {

	@Autowired
	EmbeddedPostgresServer server;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startsOnAnEmptyExternalDatabase() {
		jdbc.execute("drop database if exists external_check with (force)");
		jdbc.execute("create database external_check");
		String url = server.jdbcUrl().replaceAll("/[^/]+$", "/external_check");
		// Command-line arguments, as an operator would pass them: they win over application.properties.
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + server.username(),
				"--spring.datasource.password=" + server.password(), "--portal.admin.password=External-admin-2026",
				"--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off")) {
			assertThat(portal.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
			assertThat(portal.getBean(DemoMode.class).isEnabled()).isFalse();
			JdbcTemplate external = new JdbcTemplate(portal.getBean(javax.sql.DataSource.class));
			assertThat(external.queryForObject("select current_database()", String.class)).isEqualTo("external_check");
			assertThat(external.queryForObject("select count(*) from county", Integer.class)).isEqualTo(13);
			assertThat(external.queryForList("select username from user_account", String.class))
				.containsExactly("admin");
			String hash = external.queryForObject("select password_hash from user_account where username = 'admin'",
					String.class);
			assertThat(portal.getBean(PasswordEncoder.class).matches("External-admin-2026", hash)).isTrue();
		}
		finally {
			jdbc.execute("drop database if exists external_check with (force)");
		}
	}

}
