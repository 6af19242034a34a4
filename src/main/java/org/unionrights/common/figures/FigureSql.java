package org.unionrights.common.figures;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL every {@link MonthlyFigures} runs the same way: figures read from rows of
 * {@code (county_id, month, figure, value)} and the page of records behind one figure.
 */
public final class FigureSql {

	private final JdbcClient jdbc;

	public FigureSql(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures a query selects as {@code county_id, month (a date, the month's first day),
	 * figure, value}; it takes {@code :counties}, {@code :from} and {@code :to} (the first days
	 * of the first and last months).
	 */
	public List<MonthlyFigures.MonthFigure> read(String sql, Collection<Long> counties, YearMonth from, YearMonth to) {
		if (counties.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(sql)
			.param("counties", counties)
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)))
			.query((rs, n) -> new MonthlyFigures.MonthFigure(rs.getLong(1), YearMonth.from(rs.getObject(2, java.time.LocalDate.class)),
					rs.getString(3), rs.getBigDecimal(4)))
			.list();
	}

	/**
	 * A page of records: {@code select} names the columns {@code reference, title, day, path,
	 * value}, {@code fromWhere} the rest (without order), ordered by day and reference, newest first.
	 */
	public Page<MonthlyFigures.FigureRecord> records(String select, String fromWhere, Map<String, ?> params,
			Pageable pageable) {
		long total = jdbc.sql("select count(*) " + fromWhere).params(params).query(Long.class).single();
		List<MonthlyFigures.FigureRecord> content = total == 0 ? List.of()
				: jdbc.sql("select " + select + " " + fromWhere + " order by day desc, reference desc limit :limit offset :offset")
					.params(params)
					.param("limit", pageable.getPageSize())
					.param("offset", pageable.getOffset())
					.query((rs, n) -> new MonthlyFigures.FigureRecord(rs.getString("reference"), rs.getString("title"),
							rs.getObject("day", java.time.LocalDate.class), rs.getString("path"),
							rs.getBigDecimal("value") == null ? BigDecimal.ONE : rs.getBigDecimal("value")))
					.list();
		return new PageImpl<>(content, pageable, total);
	}

	/** The first instant of a month in a zone, for a range over a timestamp column. */
	public static Timestamp start(YearMonth month, ZoneId zone) {
		return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
	}

	/** The first and last day of a month, for a range over a date column. */
	public static Date firstDay(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

	public static Date lastDay(YearMonth month) {
		return Date.valueOf(month.atEndOfMonth());
	}

}
