package org.unionrights.intake;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.common.figures.FigureSql;
import org.unionrights.common.figures.MonthlyFigures;

/**
 * Intake's figure of a month: the help requests received (by the time they were submitted), read
 * from the roll-up {@code request_month_count} its trigger keeps (V30).
 */
@Component
@Transactional(readOnly = true)
class RequestMonthFigures implements MonthlyFigures {

	static final String RECEIVED = "RECEIVED";

	private final JdbcClient jdbc;

	private final FigureSql sql;

	private final Clock clock;

	RequestMonthFigures(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.sql = new FigureSql(jdbc);
		this.clock = clock;
	}

	@Override
	public String module() {
		return "intake";
	}

	@Override
	public List<String> figures() {
		return List.of(RECEIVED);
	}

	@Override
	public List<MonthFigure> read(Collection<Long> counties, YearMonth from, YearMonth to) {
		return sql.read("""
				select county_id, month, 'RECEIVED', n from request_month_count
				 where county_id in (:counties) and month between :from and :to and n <> 0""", counties, from, to);
	}

	@Override
	public Page<FigureRecord> records(long countyId, YearMonth month, String figure, Pageable pageable) {
		return sql.records("""
				tracking_no as reference, employer_name as title, (submitted_at at time zone :zone)::date as day,
				'/triage/requests/' || tracking_no as path, 1 as value""", """
				from help_request where county_id = :county and submitted_at >= :from and submitted_at < :to""",
				Map.of("zone", clock.getZone().getId(), "county", countyId,
						"from", FigureSql.start(month, clock.getZone()),
						"to", FigureSql.start(month.plusMonths(1), clock.getZone())),
				pageable);
	}

	@Override
	@Transactional
	public void rebuild() {
		jdbc.sql("select rebuild_request_month_count()").query().singleRow();
	}

}
