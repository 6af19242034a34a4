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
		Running clock = new Running(rule, calendar);
		// By date, and on one day in the order of the kinds (a suspension before its resumption).
		events.stream()
			.sorted(Comparator.comparing(ClockEvent::date).thenComparing(ClockEvent::kind))
			.forEach(clock::apply);
		return clock.reading(today);
	}

	/** A clock while its events are applied one by one, in order. */
	private static final class Running {

		private final ClockRule rule;

		private final WorkingCalendar calendar;

		private LocalDate start;

		private LocalDate suspendedSince;

		private long suspendedDays;

		private boolean extended;

		/** The last day an authority approved, for a period it may extend as it sees fit. */
		private LocalDate approvedLastDay;

		private boolean employmentEnded;

		private LocalDate met;

		Running(ClockRule rule, WorkingCalendar calendar) {
			this.rule = rule;
			this.calendar = calendar;
		}

		void apply(ClockEvent event) {
			LocalDate date = event.date();
			switch (event.kind()) {
				case STARTED -> {
					if (!rule.has(Feature.AFTER_EMPLOYMENT)) {
						// A new application (a second mediation after the first failed) starts a
						// new period: the last one's end no longer counts.
						restart(date);
						met = null;
					}
				}
				case EMPLOYMENT_ENDED -> {
					if (rule.has(Feature.AFTER_EMPLOYMENT)) {
						restart(date);
						employmentEnded = true;
					}
				}
				case INTERRUPTED -> {
					// Art. 27: any interruption starts the period again, during a suspension too.
					if (rule.has(Feature.INTERRUPTIBLE) && start != null && (suspendedSince != null || !date.isAfter(due()))) {
						restart(date);
					}
				}
				case RESTARTED -> {
					if (rule.has(Feature.RESTARTABLE) && running(date)) {
						restart(date);
					}
				}
				case SUSPENDED -> {
					if (rule.has(Feature.SUSPENDABLE) && suspendedSince == null && running(date)) {
						suspendedSince = date;
					}
				}
				case RESUMED -> {
					if (suspendedSince != null) {
						suspendedDays += ChronoUnit.DAYS.between(suspendedSince, date);
						suspendedSince = null;
					}
				}
				case EXTENDED -> {
					if (rule.has(Feature.EXTENDED_AS_APPROVED) && running(date) && event.until() != null
							&& event.until().isAfter(lastDay())) {
						approvedLastDay = event.until();
					}
					else if (rule.extension() != null && running(date)) {
						extended = true;
					}
				}
				case MET -> met = date;
			}
		}

		/** A new period from this date: no suspension, no extension carried over. */
		private void restart(LocalDate date) {
			start = date;
			suspendedDays = 0;
			suspendedSince = null;
			extended = false;
			approvedLastDay = null;
		}

		/** Whether the period runs on that day: started, not paused, not yet expired. */
		private boolean running(LocalDate date) {
			return start != null && suspendedSince == null && !date.isAfter(due());
		}

		private LocalDate lastDay() {
			if (approvedLastDay != null) {
				return approvedLastDay.plusDays(suspendedDays);
			}
			Period period = extended ? rule.period().plus(rule.extension()) : rule.period();
			return period.lastDay(start, calendar).plusDays(suspendedDays);
		}

		private LocalDate due() {
			return calendar.onOrAfter(lastDay());
		}

		ClockReading reading(LocalDate today) {
			if (start == null) {
				ClockReading.State state = rule.has(Feature.AFTER_EMPLOYMENT) && !employmentEnded
						? ClockReading.State.NOT_RUNNING : ClockReading.State.NOT_STARTED;
				return new ClockReading(rule, state, null, null, true);
			}
			if (met != null) {
				LocalDate due = due();
				ClockReading.State state = suspendedSince == null && met.isAfter(due) ? ClockReading.State.OVERDUE
						: ClockReading.State.MET;
				return new ClockReading(rule, state, due, (int) ChronoUnit.DAYS.between(today, due),
						knowsYears(due));
			}
			if (suspendedSince != null) {
				LocalDate lastDay = lastDay();
				return new ClockReading(rule, ClockReading.State.PAUSED, null,
						(int) ChronoUnit.DAYS.between(suspendedSince, lastDay), knowsYears(lastDay));
			}
			LocalDate due = due();
			ClockReading.State state = today.isAfter(due) ? ClockReading.State.OVERDUE : ClockReading.State.RUNNING;
			return new ClockReading(rule, state, due, (int) ChronoUnit.DAYS.between(today, due), knowsYears(due));
		}

		/**
		 * Whether the official calendar of every year that decides the due date is known: for a
		 * period in working days every year it spans, for one in calendar days or years only the
		 * years of its last day and of the working day it may move to.
		 */
		private boolean knowsYears(LocalDate to) {
			int from = rule.period().unit() == Period.Unit.WORKING_DAYS ? start.getYear() : lastDay().getYear();
			for (int year = from; year <= to.getYear(); year++) {
				if (!calendar.knowsYear(year)) {
					return false;
				}
			}
			return true;
		}

	}

}
