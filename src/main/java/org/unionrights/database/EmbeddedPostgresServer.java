package org.unionrights.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 17 server whose data lives in a folder. The folder is locked for the
 * life of the server, so a second portal pointed at it stops at once with a clear message
 * before touching anything.
 */
public final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String LOCK_FILE = "portal.lock";

	private static final String PASSWORD_FILE = "portal.pgpass";

	/** The authentication method "trust" at the end of a pg_hba.conf line. */
	private static final java.util.regex.Pattern TRUST = java.util.regex.Pattern.compile("(?m)\\btrust\\s*$");

	private final EmbeddedDatabaseProperties properties;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedPostgresServer(EmbeddedDatabaseProperties properties, FileChannel lockChannel, FileLock lock,
			EmbeddedPostgres postgres, String password) {
		this.properties = properties;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
		this.password = password;
	}

	/**
	 * Starts the server on the folder of the given settings, creating the folder and the
	 * portal's database the first time.
	 * @throws DataDirectoryInUseException when another process holds the folder
	 */
	public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		Path pgData = home.resolve("pgdata");
		FileChannel channel = null;
		try {
			Files.createDirectories(home);
			channel = FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new DataDirectoryInUseException(home);
			}
			if (properties.clean()) {
				deleteTree(pgData);
			}
			String password = password(home.resolve(PASSWORD_FILE));
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setPort(properties.port() > 0 ? properties.port() : freePort())
				.setPGStartupWait(properties.startupWait())
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("fsync", properties.clean() ? "off" : "on")
				// zonky turns synchronous commits off (for tests); a kept database must not lose a
				// commit the portal acknowledged when the server stops abruptly (DatabaseRestartTest).
				.setServerConfig("synchronous_commit", properties.clean() ? "off" : "on")
				.setServerConfig("timezone", "UTC")
				.setLocaleConfig("locale-provider", "builtin")
				.setLocaleConfig("builtin-locale", "C.UTF-8")
				.setConnectConfig("password", password)
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(properties, channel, lock, postgres, password);
			server.requirePassword(pgData.resolve("pg_hba.conf"));
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL serves {} on 127.0.0.1:{} with data in {}", properties.database(),
					postgres.getPort(), pgData);
			return server;
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null; // held by this very JVM
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + properties.database();
	}

	public String username() {
		return "postgres";
	}

	public int port() {
		return postgres.getPort();
	}

	public String password() {
		return password;
	}

	/**
	 * The database's password, made once and kept beside the data, readable by its owner only.
	 */
	private static String password(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file).strip();
		}
		byte[] random = new byte[24];
		new java.security.SecureRandom().nextBytes(random);
		String password = java.util.HexFormat.of().formatHex(random);
		Files.writeString(file, password);
		try {
			Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("No POSIX permissions here; the password file keeps its default permissions");
		}
		return password;
	}

	/**
	 * A fresh cluster trusts every local connection. The portal's superuser gets its password and
	 * the server asks for it from then on, so other users of the machine cannot simply connect.
	 */
	private void requirePassword(Path hba) throws IOException {
		String config = Files.readString(hba);
		if (!TRUST.matcher(config).find()) {
			return;
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter role postgres password '" + password + "'");
			Files.writeString(hba, TRUST.matcher(config).replaceAll("scram-sha-256"));
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not protect the embedded database with a password", ex);
		}
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, properties.database());
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database \"" + properties.database().replace("\"", "") + "\"");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + properties.database(), ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.release();
			lockChannel.close();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private static void closeQuietly(Closeable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (IOException ex) {
			log.debug("Ignored while closing", ex);
		}
	}

}
