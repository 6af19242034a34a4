package org.unionrights.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the legal clock over generated dates and events: a due date never falls on a day
 * off nor before the period has run, the order events are recorded in does not matter, a
 * suspension never brings a due date forward, and a clock is overdue exactly after its due date.
 */
class LegalClockProperties {

	/** Weekends off, and a national-day week off, as the official calendar has it. */
	private static final WorkingCalendar CALENDAR = new WorkingCalendar(holidays(), Set.of(2025, 2026, 2027));

	@Property
	void aDueDateIsAWorkingDayOnOrAfterThePeriodsEnd(@ForAll("dates") LocalDate start,
			@ForAll("fixedPeriodRules") ClockRule rule) {
		ClockReading reading = LegalClock.read(rule, List.of(new ClockEvent(start, ClockEvent.Kind.STARTED)), CALENDAR,
				start);

		assertThat(reading.dueDate()).isNotNull();
		assertThat(CALENDAR.isWorkingDay(reading.dueDate())).isTrue();
		LocalDate plain = rule.period().lastDay(start, CALENDAR);
		assertThat(reading.dueDate()).isAfterOrEqualTo(plain);
		// Moved past days off only: never more than the longest stretch of them.
		assertThat(ChronoUnit.DAYS.between(plain, reading.dueDate())).isLessThanOrEqualTo(9);
	}

	@Property
	void theOrderEventsAreRecordedInDoesNotMatter(@ForAll("dates") LocalDate start,
			@ForAll @IntRange(min = 1, max = 30) int suspendedAfter, @ForAll @IntRange(min = 1, max = 60) int pausedDays,
			@ForAll long seed) {
		List<ClockEvent> events = new ArrayList<>(List.of(new ClockEvent(start, ClockEvent.Kind.STARTED),
				new ClockEvent(start.plusDays(suspendedAfter), ClockEvent.Kind.SUSPENDED),
				new ClockEvent(start.plusDays(suspendedAfter + pausedDays), ClockEvent.Kind.RESUMED)));
		ClockReading inOrder = LegalClock.read(ClockRule.ARBITRATION_AWARD, events, CALENDAR, start);
		Collections.shuffle(events, new Random(seed));

		assertThat(LegalClock.read(ClockRule.ARBITRATION_AWARD, events, CALENDAR, start)).isEqualTo(inOrder);
	}

	@Property
	void aSuspensionNeverBringsADueDateForward(@ForAll("dates") LocalDate start,
			@ForAll @IntRange(min = 1, max = 40) int suspendedAfter, @ForAll @IntRange(min = 1, max = 60) int pausedDays) {
		LocalDate today = start.plusDays(suspendedAfter + pausedDays + 1);
		ClockEvent started = new ClockEvent(start, ClockEvent.Kind.STARTED);
		ClockReading plain = LegalClock.read(ClockRule.ARBITRATION_AWARD, List.of(started), CALENDAR, today);
		ClockReading suspended = LegalClock.read(ClockRule.ARBITRATION_AWARD,
				List.of(started, new ClockEvent(start.plusDays(suspendedAfter), ClockEvent.Kind.SUSPENDED),
						new ClockEvent(start.plusDays(suspendedAfter + pausedDays), ClockEvent.Kind.RESUMED)),
				CALENDAR, today);

		assertThat(suspended.dueDate()).isAfterOrEqualTo(plain.dueDate());
	}

	@Property
	void aRunningClockIsOverdueExactlyAfterItsDueDate(@ForAll("dates") LocalDate start,
			@ForAll("fixedPeriodRules") ClockRule rule, @ForAll @IntRange(min = -400, max = 400) int offset) {
		List<ClockEvent> events = List.of(new ClockEvent(start, ClockEvent.Kind.STARTED));
		LocalDate due = LegalClock.read(rule, events, CALENDAR, start).dueDate();
		LocalDate today = due.plusDays(offset);
		if (today.isBefore(start)) {
			return;
		}

		ClockReading reading = LegalClock.read(rule, events, CALENDAR, today);

		assertThat(reading.isOverdue()).isEqualTo(offset > 0);
		assertThat(reading.daysLeft()).isEqualTo(-offset);
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 600).map(days -> LocalDate.of(2025, 1, 1).plusDays(days));
	}

	@Provide
	Arbitrary<ClockRule> fixedPeriodRules() {
		return Arbitraries.of(ClockRule.MEDIATION, ClockRule.ARBITRATION_ACCEPTANCE, ClockRule.ARBITRATION_AWARD,
				ClockRule.SUIT_BY_WORKER, ClockRule.SUIT_BY_EMPLOYER_FINAL_AWARD, ClockRule.SUIT_NON_FINAL_AWARD);
	}

	private static Map<LocalDate, DayKind> holidays() {
		java.util.HashMap<LocalDate, DayKind> days = new java.util.HashMap<>();
		for (int year = 2025; year <= 2027; year++) {
			for (int day = 1; day <= 7; day++) {
				days.put(LocalDate.of(year, 10, day), DayKind.HOLIDAY);
			}
		}
		days.put(LocalDate.of(2026, 9, 27), DayKind.WORKDAY); // a Sunday made a working day
		assertThat(LocalDate.of(2026, 9, 27).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		return days;
	}

}
