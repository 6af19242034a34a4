package org.unionrights.reports.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A month as the pages write it ({@code 2026-10}). */
final class Months {

	private Months() {
	}

	static Optional<YearMonth> parse(String text) {
		if (text == null || text.length() != 7) {
			return Optional.empty();
		}
		try {
			YearMonth month = YearMonth.parse(text);
			return month.getYear() < 2000 ? Optional.empty() : Optional.of(month);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The months a choice offers: this one and the {@code count - 1} before it, newest first. */
	static List<YearMonth> recent(YearMonth now, int count) {
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			months.add(now.minusMonths(i));
		}
		return months;
	}

}
