package org.unionrights.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server keeps its data across a stop and a start, and refuses a second server on
 * the same folder without harming the first.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path folder;

	private EmbeddedDatabaseProperties properties() {
		return new EmbeddedDatabaseProperties(folder.resolve("postgres"), 0, "portal", false, Duration.ofSeconds(60));
	}

	@Test
	void dataSurvivesAStopAndAStart() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
			execute(server, "create table kept (name text)", "insert into kept values ('张三')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
			assertThat(queryString(server, "select name from kept")).isEqualTo("张三");
		}
	}

	@Test
	void aSecondServerOnTheSameFolderFailsAtOnceAndTheFirstGoesOn() throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(properties())) {
			execute(first, "create table t (n int)", "insert into t values (1)");
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(properties()))
				.isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining("in use by another running portal")
				.hasMessageContaining(folder.resolve("postgres").toString());
			assertThat(queryString(first, "select count(*)::text from t")).isEqualTo("1");
		}
	}

	@Test
	void nobodyConnectsWithoutThePasswordKeptBesideTheData() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong").close())
				.isInstanceOf(SQLException.class);
			assertThat(queryString(server, "select current_user")).isEqualTo("postgres");
		}
		Path passwordFile = folder.resolve("postgres/portal.pgpass");
		assertThat(java.nio.file.Files.getPosixFilePermissions(passwordFile))
			.containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
					java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(properties())) {
			assertThat(again.password()).isEqualTo(java.nio.file.Files.readString(passwordFile).strip());
			assertThat(queryString(again, "select 'again'")).isEqualTo("again");
		}
	}

	@Test
	void listensOnLoopbackWithUnicodeTrigramSearch() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
			assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:");
			assertThat(queryString(server, "show listen_addresses")).isEqualTo("127.0.0.1");
			execute(server, "create extension if not exists pg_trgm");
			assertThat(queryString(server, "select ('宝鸡市建筑工程有限公司' % '宝鸡建筑工程公司')::text")).isEqualTo("true");
			assertThat(queryString(server, "select ('宝鸡市建筑工程有限公司' ilike '%建筑工程%')::text")).isEqualTo("true");
		}
	}

	private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String queryString(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).isTrue();
			return rs.getString(1);
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
	}

}
