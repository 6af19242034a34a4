package org.unionrights.common;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abuse limits count in PostgreSQL: a key is blocked after its attempts until the window has
 * passed, a reset forgets it, and two portal instances (here: two connection pools on the same
 * database) count the same attempts.
 */
@IntegrationTest
class AttemptLimitsIntegrationTest {

	@Autowired
	AttemptLimits limits;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void blocksAfterTheLimitUntilTheWindowHasPassed() throws InterruptedException {
		AttemptLimiter limiter = limits.limiter("test-window", 3, Duration.ofMillis(1500));
		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.isBlocked(key)).isFalse();
			limiter.record(key);
		}
		assertThat(limiter.isBlocked(key)).isTrue();
		assertThat(limiter.isBlocked("another " + key)).isFalse();

		Thread.sleep(1700);

		assertThat(limiter.isBlocked(key)).isFalse();
	}

	@Test
	void tryAcquireCountsOnlyWhatItLetsThroughAndResetForgets() {
		AttemptLimiter limiter = limits.limiter("test-acquire", 2, Duration.ofHours(1));
		String key = UUID.randomUUID().toString();
		assertThat(limiter.tryAcquire(key)).isTrue();
		assertThat(limiter.tryAcquire(key)).isTrue();
		assertThat(limiter.tryAcquire(key)).isFalse();
		assertThat(limiter.isBlocked(key)).isTrue();

		limiter.reset(key);

		assertThat(limiter.isBlocked(key)).isFalse();
		assertThat(limiter.tryAcquire(key)).isTrue();
	}

	@Test
	void twoInstancesOnOneDatabaseCountTheSameAttempts() {
		HikariDataSource shared = (HikariDataSource) dataSource;
		try (HikariDataSource otherPool = new HikariDataSource()) {
			otherPool.setJdbcUrl(shared.getJdbcUrl());
			otherPool.setUsername(shared.getUsername());
			otherPool.setPassword(shared.getPassword());
			otherPool.setMaximumPoolSize(2);
			AttemptLimiter here = limits.limiter("test-shared", 4, Duration.ofHours(1));
			AttemptLimiter there = new AttemptLimits(otherPool).limiter("test-shared", 4, Duration.ofHours(1));
			String address = "203.0.113." + (1 + new java.util.Random().nextInt(250)) + "/" + UUID.randomUUID();

			here.record(address);
			here.record(address);
			there.record(address);
			assertThat(there.isBlocked(address)).isFalse();
			here.record(address);

			assertThat(there.isBlocked(address)).isTrue();
			there.reset(address);
			assertThat(here.isBlocked(address)).isFalse();
		}
	}

	@Test
	void aVeryLongKeyIsKeptByItsDigest() {
		AttemptLimiter limiter = limits.limiter("test-long", 1, Duration.ofHours(1));
		String key = "号".repeat(500) + UUID.randomUUID();
		limiter.record(key);

		assertThat(limiter.isBlocked(key)).isTrue();
		assertThat(limiter.isBlocked(key + "x")).isFalse();
		assertThat(jdbc.queryForObject("SELECT max(length(id)) FROM bucket WHERE id LIKE 'test-long:%'", Integer.class))
			.isLessThanOrEqualTo(255);
	}

	@Test
	void spentBucketsAreRemovedBySweeping() {
		jdbc.update("INSERT INTO bucket (id, state, expires_at) VALUES ('test-spent:old', NULL, 1)");

		limits.removeExpired();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM bucket WHERE id = 'test-spent:old'", Integer.class)).isZero();
	}

}
