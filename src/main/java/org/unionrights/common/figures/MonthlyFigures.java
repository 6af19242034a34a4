package org.unionrights.common.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What a module counts per county and month for the monthly report and the city dashboard, each
 * figure by the month the thing happened in the portal's time zone (a request submitted at 23:30
 * on 31 May, Beijing time, is May's). A module that holds records implements it; the reports
 * module reads every implementation and never the module's tables. The caller has checked that
 * the user may see the counties it asks for.
 */
public interface MonthlyFigures {

	/** The module's name, the first part of an indicator's source ({@code cases.OPENED}). */
	String module();

	/** The figures it counts, the second part of a source. */
	List<String> figures();

	/** Every figure of the counties in each month from {@code from} to {@code to} (both included); zero figures may be left out. */
	List<MonthFigure> read(Collection<Long> counties, YearMonth from, YearMonth to);

	/** The records behind one figure of a county's month, newest first. */
	Page<FigureRecord> records(long countyId, YearMonth month, String figure, Pageable pageable);

	/** Counts its roll-ups again (after the portal's time zone changed); nothing for a module that counts directly. */
	default void rebuild() {
	}

	/** One figure of one county in one month. */
	record MonthFigure(long countyId, YearMonth month, String figure, BigDecimal value) {
	}

	/**
	 * A record behind a figure: its number or name, what it is about, its date, the page that
	 * shows it (within the reader's own scope) and what it adds to the figure.
	 */
	record FigureRecord(String reference, String title, LocalDate date, String path, BigDecimal value) {
	}

}
