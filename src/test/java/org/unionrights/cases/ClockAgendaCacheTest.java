package org.unionrights.cases;

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
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;
import org.unionrights.security.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/** The start pages' clock lines of a scope: read once for many readers, for a minute, forgotten on a change. */
class ClockAgendaCacheTest {

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

	private static final Scope CITY = new PortalUser(1, "city", "", "市总", Role.CITY_STAFF, null, true, true).scope();

	private static List<CaseAgenda.Item> lines(String caseNo) {
		return List.of(new CaseAgenda.Item(CaseAgenda.Kind.CLOCK_OVERDUE, caseNo, "某公司", null, null, null));
	}

	@Test
	void manyReadersOfAScopeWaitForOneReadingAndKeepItForAMinute() throws Exception {
		MovingClock clock = new MovingClock();
		ClockAgendaCache cache = new ClockAgendaCache(clock);
		AtomicInteger readings = new AtomicInteger();
		CountDownLatch slow = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<CaseAgenda.Item>>> answers = new java.util.ArrayList<>();
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
			for (Future<List<CaseAgenda.Item>> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).extracting(CaseAgenda.Item::caseNo).containsExactly("AJ-1");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(readings).hasValue(1);
		clock.now = clock.now.plus(Duration.ofSeconds(59));
		assertThat(cache.get(CITY, () -> lines("AJ-2"))).extracting(CaseAgenda.Item::caseNo).containsExactly("AJ-1");
		clock.now = clock.now.plus(Duration.ofSeconds(2));
		assertThat(cache.get(CITY, () -> lines("AJ-2"))).extracting(CaseAgenda.Item::caseNo).containsExactly("AJ-2");
		cache.forget();
		assertThat(cache.get(CITY, () -> lines("AJ-3"))).extracting(CaseAgenda.Item::caseNo).containsExactly("AJ-3");
	}

	@Test
	void aFailedReadingIsNotKept() {
		ClockAgendaCache cache = new ClockAgendaCache(new MovingClock());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get(CITY, () -> {
			throw new IllegalStateException("database gone");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(cache.get(CITY, () -> lines("AJ-4"))).extracting(CaseAgenda.Item::caseNo).containsExactly("AJ-4");
	}

}
