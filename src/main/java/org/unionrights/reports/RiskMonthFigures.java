package org.unionrights.reports;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.common.figures.FigureSql;
import org.unionrights.common.figures.MonthlyFigures;

/** The risk reports filed in a month (by when they were reported), counted directly. */
@Component
@Transactional(readOnly = true)
class RiskMonthFigures implements MonthlyFigures {

	private final FigureSql sql;

	private final Clock clock;

	RiskMonthFigures(JdbcClient jdbc, Clock clock) {
		this.sql = new FigureSql(jdbc);
		this.clock = clock;
	}

	@Override
	public String module() {
		return "reports";
	}

	@Override
	public List<String> figures() {
		return List.of("RISKS");
	}

	@Override
	public List<MonthFigure> read(Collection<Long> counties, YearMonth from, YearMonth to) {
		return sql.read("""
				select county_id, portal_month(reported_at), 'RISKS', count(*) from risk_report
				 where county_id in (:counties)
				   and reported_at >= (cast(:from as timestamp) at time zone (select zone from portal_zone limit 1))
				   and reported_at < ((cast(:to as timestamp) + interval '1 month') at time zone (select zone from portal_zone limit 1))
				 group by 1, 2""", counties, from, to);
	}

	@Override
	public Page<FigureRecord> records(long countyId, YearMonth month, String figure, Pageable pageable) {
		return sql.records("""
				risk_no as reference, enterprise_name as title, (reported_at at time zone :zone)::date as day,
				'/risks/' || id as path, 1 as value""", """
				from risk_report where county_id = :county and reported_at >= :from and reported_at < :to""",
				Map.of("zone", clock.getZone().getId(), "county", countyId, "from", FigureSql.start(month, clock.getZone()),
						"to", FigureSql.start(month.plusMonths(1), clock.getZone())),
				pageable);
	}

}
