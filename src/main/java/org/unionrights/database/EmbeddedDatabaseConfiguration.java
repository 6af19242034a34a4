package org.unionrights.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL, when no datasource URL is configured. Boot's own datasource
 * auto-configuration backs off because this configuration supplies the {@link DataSource}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.start(properties);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.jdbcUrl())
			.username(server.username())
			.password(server.password())
			.build();
		dataSource.setPoolName("portal-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
