package org.unionrights.deadlines;

import java.time.LocalDate;

/**
 * Where a legal clock stands on a given day.
 *
 * @param rule the clock
 * @param state its state
 * @param dueDate the last day, shifted to a working day; {@code null} until the clock runs, and
 * while it is paused
 * @param daysLeft calendar days from today to the due date (negative when overdue); while paused,
 * the days that remained when it paused
 * @param calendarComplete whether the official calendar of the due date's year was known; when
 * not, only weekends were skipped and pages say so
 */
public record ClockReading(ClockRule rule, State state, LocalDate dueDate, Integer daysLeft,
		boolean calendarComplete) {

	/** Within this many days a running clock is due soon. */
	public static final int DUE_SOON_DAYS = 7;

	/** Labels: {@code clockState.<NAME>}. */
	public enum State {

		/** Nothing has started it yet. */
		NOT_STARTED,
		/** Not running while employment lasts (pay owed during employment). */
		NOT_RUNNING,
		RUNNING,
		PAUSED,
		/** Done in time. */
		MET,
		OVERDUE

	}

	public boolean isOverdue() {
		return state == State.OVERDUE;
	}

	public boolean isDueSoon() {
		return state == State.RUNNING && daysLeft != null && daysLeft <= DUE_SOON_DAYS;
	}

}
