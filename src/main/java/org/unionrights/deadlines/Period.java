package org.unionrights.deadlines;

import java.time.LocalDate;

/**
 * A length of time as the law states it: in years, days or working days. Counting starts the
 * day after the start date; a period in years ends on the corresponding day, or the month's last
 * day where there is none (29 February).
 *
 * @param amount how many units
 * @param unit the unit
 */
public record Period(int amount, Unit unit) {

	public enum Unit {

		YEARS, DAYS, WORKING_DAYS

	}

	public static Period years(int amount) {
		return new Period(amount, Unit.YEARS);
	}

	public static Period days(int amount) {
		return new Period(amount, Unit.DAYS);
	}

	public static Period workingDays(int amount) {
		return new Period(amount, Unit.WORKING_DAYS);
	}

	/** The period's last day before any shift to a working day. */
	LocalDate lastDay(LocalDate start, WorkingCalendar calendar) {
		return switch (unit) {
			case YEARS -> start.plusYears(amount);
			case DAYS -> start.plusDays(amount);
			case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
		};
	}

	Period plus(Period other) {
		if (other == null || other.amount == 0) {
			return this;
		}
		if (other.unit != unit) {
			throw new IllegalArgumentException("cannot add " + other.unit + " to " + unit);
		}
		return new Period(amount + other.amount, unit);
	}

}
