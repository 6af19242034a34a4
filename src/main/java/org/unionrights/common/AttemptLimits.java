package org.unionrights.common;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the abuse limits keep their counts: the {@code bucket} table (Bucket4j, one row per key,
 * read and written under {@code SELECT ... FOR UPDATE}), shared by every portal instance on the
 * database. Buckets that have filled up again are removed by an hourly sweep.
 */
@Component
public class AttemptLimits {

	private static final Logger log = LoggerFactory.getLogger(AttemptLimits.class);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	public AttemptLimits(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	/**
	 * A limiter of {@code maxAttempts} per {@code window}, its keys named by {@code name}
	 * ("lookup-number", "login-account"): two limiters of one name count the same attempts.
	 */
	public AttemptLimiter limiter(String name, int maxAttempts, Duration window) {
		return new AttemptLimiter(buckets, name, maxAttempts, window);
	}

	/** Removes the buckets nobody has used since they filled up again. */
	@Scheduled(cron = "0 41 * * * *")
	@SchedulerLock(name = "abuse-limit-buckets", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	public void removeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = buckets.removeExpired(1_000);
			removed += batch;
		}
		while (batch == 1_000);
		if (removed > 0) {
			log.info("Abuse limits: {} spent buckets removed", removed);
		}
	}

}
