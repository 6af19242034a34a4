package org.unionrights.common;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Housekeeping that runs by itself (the service clock's sweeps, removing evidence of forms never
 * submitted), once across all portal instances on one database: each run marked
 * {@code @SchedulerLock} first takes its row in {@code shedlock} (by the database's clock, so the
 * instances' clocks need not agree); an instance that finds it taken skips that run. A run keeps
 * its row for a minute at least, so an instance whose timer fires a moment later, or before the
 * first one's transaction has committed, does not run it again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
