package org.unionrights.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Which days are working days: the official calendar's holidays and make-up workdays where a
 * year's notice has been entered, the week's weekends otherwise.
 *
 * @param days the days that differ from the week
 * @param knownYears the years whose official notice has been entered
 */
public record WorkingCalendar(Map<LocalDate, DayKind> days, Set<Integer> knownYears) {

	public WorkingCalendar {
		days = Map.copyOf(days);
		knownYears = Set.copyOf(knownYears);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayKind kind = days.get(day);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** Whether the year's holidays are known, or only its weekends. */
	public boolean knowsYear(int year) {
		return knownYears.contains(year);
	}

	/** The day itself if it is a working day, else the first working day after it. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate result = day;
		while (!isWorkingDay(result)) {
			result = result.plusDays(1);
		}
		return result;
	}

	/** The {@code count}-th working day after {@code start} (the start day itself not counted). */
	public LocalDate plusWorkingDays(LocalDate start, int count) {
		LocalDate result = start;
		int counted = 0;
		while (counted < count) {
			result = result.plusDays(1);
			if (isWorkingDay(result)) {
				counted++;
			}
		}
		return result;
	}

	/**
	 * The last day whose {@code workingDays} working days (the day itself not counted) have all
	 * passed before {@code today}: anything from that day or earlier is late today.
	 */
	public LocalDate lastDayOverdue(LocalDate today, int workingDays) {
		LocalDate day = today.minusDays(1);
		while (!plusWorkingDays(day, workingDays).isBefore(today)) {
			day = day.minusDays(1);
		}
		return day;
	}

	/**
	 * The first year from {@code today}'s to that of the day {@code workingDays} working days
	 * later whose notice is not known.
	 */
	public java.util.OptionalInt unknownYearWithin(LocalDate today, int workingDays) {
		int last = plusWorkingDays(today, workingDays).getYear();
		return java.util.stream.IntStream.rangeClosed(today.getYear(), last).filter(year -> !knowsYear(year)).findFirst();
	}

	/** In December: next year, when its notice is not known. */
	public java.util.OptionalInt nextYearToEnter(LocalDate today) {
		int next = today.getYear() + 1;
		return today.getMonth() == java.time.Month.DECEMBER && !knowsYear(next) ? java.util.OptionalInt.of(next)
				: java.util.OptionalInt.empty();
	}

}
