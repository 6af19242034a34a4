package org.unionrights.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migrations build the whole schema on an empty database, with the reference data and the
 * constraints the domain relies on.
 */
@IntegrationTest
class FlywayMigrationTest {

	@Autowired
	EmbeddedPostgresServer server;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migratesAnEmptyDatabase() throws SQLException {
		jdbc.execute("drop database if exists migration_check");
		jdbc.execute("create database migration_check");
		String url = server.jdbcUrl().replaceAll("/[^/]+$", "/migration_check");
		try {
			Flyway flyway = Flyway.configure().dataSource(url, server.username(), server.password()).load();
			MigrateResult result = flyway.migrate();
			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
			try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
					Statement statement = connection.createStatement()) {
				assertThat(count(statement, "select count(*) from county")).isEqualTo(13);
				assertThat(count(statement, "select count(*) from county where code is null")).isEqualTo(1);
				assertThat(count(statement, "select count(*) from user_account")).isZero();
				assertThat(count(statement, "select count(*) from audit_event")).isZero();
				// A county officer without a county is refused by the database too.
				assertThatThrownBy(() -> statement.execute("insert into user_account (username, display_name, "
						+ "password_hash, role, created_at, updated_at) values ('x.y.z', 'x', 'h', 'COUNTY_OFFICER', now(), now())"))
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("ck_user_account_county");
			}
		}
		finally {
			jdbc.execute("drop database if exists migration_check with (force)");
		}
	}

	@Test
	void thePortalsOwnDatabaseIsMigratedAndValidated() {
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.queryForObject("select name_zh from county where code = '610331'", String.class))
			.isEqualTo("太白县");
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
