package org.unionrights.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when no datasource URL is configured.
 *
 * @param dataDir the folder that keeps the data across restarts
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param database the database the portal uses inside the server
 * @param clean whether to wipe the folder at start and stop (tests only)
 * @param startupWait how long to wait for the server to accept connections
 */
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("portal") String database, @DefaultValue("false") boolean clean,
		@DefaultValue("60s") Duration startupWait) {
}
