package org.unionrights.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.unionrights.deadlines.ClockRule.Feature;

/**
 * Computes a legal clock from its dated events: the first day is not counted; an interruption
 * starts the period again from its date; a suspension pauses it and the time paused is added;
 * a restart (award period) starts it again; an approved extension adds its days; a last day that
 * is not a working day moves to the next working day of the official calendar.
 */
public final class LegalClock {

	private LegalClock() {
	}

	public static ClockReading read(ClockRule rule, List<ClockEvent> events, WorkingCalendar calendar,
			LocalDate today) {
		LocalDate start = null;
		LocalDate suspendedSince = null;
		long suspendedDays = 0;
		boolean extended = false;
		LocalDate met = null;
		boolean employmentEnded = false;
		for (ClockEvent event : events.stream().sorted(Comparator.comparing(ClockEvent::date)).toList()) {
			switch (event.kind()) {
				case STARTED -> {
					if (!rule.has(Feature.AFTER_EMPLOYMENT)) {
						start = event.date();
					}
				}
				case EMPLOYMENT_ENDED -> {
					if (rule.has(Feature.AFTER_EMPLOYMENT)) {
						start = event.date();
						employmentEnded = true;
					}
				}
				case INTERRUPTED -> {
					if (rule.has(Feature.INTERRUPTIBLE) && start != null) {
						start = event.date();
						suspendedDays = 0;
						suspendedSince = null;
					}
				}
				case RESTARTED -> {
					if (rule.has(Feature.RESTARTABLE) && start != null) {
						start = event.date();
						suspendedDays = 0;
						suspendedSince = null;
					}
				}
				case SUSPENDED -> {
					if (rule.has(Feature.SUSPENDABLE) && start != null && suspendedSince == null) {
						suspendedSince = event.date();
					}
				}
				case RESUMED -> {
					if (suspendedSince != null) {
						suspendedDays += ChronoUnit.DAYS.between(suspendedSince, event.date());
						suspendedSince = null;
					}
				}
				case EXTENDED -> extended = rule.extension() != null;
				case MET -> met = event.date();
			}
		}
		if (start == null) {
			ClockReading.State state = rule.has(Feature.AFTER_EMPLOYMENT) && !employmentEnded
					? ClockReading.State.NOT_RUNNING : ClockReading.State.NOT_STARTED;
			return new ClockReading(rule, state, null, null, true);
		}
		Period period = extended ? rule.period().plus(rule.extension()) : rule.period();
		LocalDate lastDay = period.lastDay(start, calendar).plusDays(suspendedDays);
		if (suspendedSince != null) {
			long remaining = ChronoUnit.DAYS.between(suspendedSince, lastDay);
			return new ClockReading(rule, ClockReading.State.PAUSED, null, (int) remaining, true);
		}
		LocalDate due = calendar.onOrAfter(lastDay);
		boolean complete = calendar.knowsYear(due.getYear());
		int daysLeft = (int) ChronoUnit.DAYS.between(today, due);
		if (met != null) {
			ClockReading.State state = met.isAfter(due) ? ClockReading.State.OVERDUE : ClockReading.State.MET;
			return new ClockReading(rule, state, due, daysLeft, complete);
		}
		ClockReading.State state = today.isAfter(due) ? ClockReading.State.OVERDUE : ClockReading.State.RUNNING;
		return new ClockReading(rule, state, due, daysLeft, complete);
	}

}
