package org.unionrights.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimiterTest {

	private Instant now = Instant.parse("2026-11-28T08:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	@Test
	void blocksAfterTheLimitUntilTheWindowHasPassed() {
		AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(15), clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.isBlocked("1.2.3.4")).isFalse();
			limiter.record("1.2.3.4");
		}
		assertThat(limiter.isBlocked("1.2.3.4")).isTrue();
		assertThat(limiter.isBlocked("5.6.7.8")).isFalse();
		now = now.plus(Duration.ofMinutes(15));
		assertThat(limiter.isBlocked("1.2.3.4")).isFalse();
	}

	@Test
	void theWindowSlides() {
		AttemptLimiter limiter = new AttemptLimiter(2, Duration.ofMinutes(10), clock);
		limiter.record("k");
		now = now.plus(Duration.ofMinutes(6));
		limiter.record("k");
		assertThat(limiter.isBlocked("k")).isTrue();
		now = now.plus(Duration.ofMinutes(5));
		assertThat(limiter.isBlocked("k")).isFalse();
	}

	@Test
	void tryAcquireCountsOnlyWhatItLetsThrough() {
		AttemptLimiter limiter = new AttemptLimiter(2, Duration.ofHours(1), clock);
		assertThat(limiter.tryAcquire("ip")).isTrue();
		assertThat(limiter.tryAcquire("ip")).isTrue();
		assertThat(limiter.tryAcquire("ip")).isFalse();
		assertThat(limiter.tryAcquire("ip")).isFalse();
		now = now.plus(Duration.ofHours(1));
		assertThat(limiter.tryAcquire("ip")).isTrue();
	}

}
