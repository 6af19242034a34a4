package org.unionrights.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A costly read of a key: once for many readers, for a minute, forgotten on a change, never kept when it failed. */
class SharedReadsTest {

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-30T02:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	private static final String CITY = "city";

	private static List<String> lines(String caseNo) {
		return List.of(caseNo);
	}

	@Test
	void manyReadersOfAScopeWaitForOneReadingAndKeepItForAMinute() throws Exception {
		MovingClock clock = new MovingClock();
		SharedReads<String, List<String>> cache = new SharedReads<>(Duration.ofMinutes(1), 10, clock);
		AtomicInteger readings = new AtomicInteger();
		CountDownLatch slow = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<String>>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> cache.get(CITY, () -> {
					readings.incrementAndGet();
					try {
						slow.await(5, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return lines("AJ-1");
				})));
			}
			Thread.sleep(200);
			slow.countDown();
			for (Future<List<String>> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).containsExactly("AJ-1");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(readings).hasValue(1);
		clock.now = clock.now.plus(Duration.ofSeconds(59));
		assertThat(cache.get(CITY, () -> lines("AJ-2"))).containsExactly("AJ-1");
		clock.now = clock.now.plus(Duration.ofSeconds(2));
		assertThat(cache.get(CITY, () -> lines("AJ-2"))).containsExactly("AJ-2");
		cache.forget();
		assertThat(cache.get(CITY, () -> lines("AJ-3"))).containsExactly("AJ-3");
	}

	@Test
	void aFailedReadingIsNotKept() {
		SharedReads<String, List<String>> cache = new SharedReads<>(Duration.ofMinutes(1), 10, new MovingClock());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get(CITY, () -> {
			throw new IllegalStateException("database gone");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(cache.get(CITY, () -> lines("AJ-4"))).containsExactly("AJ-4");
	}

}
