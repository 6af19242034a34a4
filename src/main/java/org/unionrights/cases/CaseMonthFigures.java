package org.unionrights.cases;

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
import org.unionrights.intake.RequestCategory;

/**
 * The cases' figures of a month, read from the roll-up {@code case_month_figure} its triggers keep
 * (V30): cases opened (and by category, {@code OPENED.WAGES}) and closed, the workers and migrant
 * workers of the cases opened (as the ledger counts them), wages recovered (payments not voided, by
 * the day paid), mediations applied for, labour disputes taken to arbitration or court.
 */
@Component
@Transactional(readOnly = true)
class CaseMonthFigures implements MonthlyFigures {

	private static final List<String> FIGURES = List.of("OPENED", "CLOSED", "WORKERS_HELPED", "MIGRANT_WORKERS",
			"WAGES_RECOVERED", "MEDIATIONS", "DISPUTE_CASES");

	private final JdbcClient jdbc;

	private final FigureSql sql;

	private final Clock clock;

	CaseMonthFigures(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.sql = new FigureSql(jdbc);
		this.clock = clock;
	}

	@Override
	public String module() {
		return "cases";
	}

	@Override
	public List<String> figures() {
		List<String> all = new java.util.ArrayList<>(FIGURES);
		for (RequestCategory category : RequestCategory.values()) {
			all.add("OPENED." + category.name());
		}
		return all;
	}

	@Override
	public List<MonthFigure> read(Collection<Long> counties, YearMonth from, YearMonth to) {
		return sql.read("""
				select county_id, month, figure, value from case_month_figure
				 where county_id in (:counties) and month between :from and :to and value <> 0""", counties, from, to);
	}

	@Override
	public Page<FigureRecord> records(long countyId, YearMonth month, String figure, Pageable pageable) {
		Map<String, Object> params = Map.of("zone", clock.getZone().getId(), "county", countyId,
				"from", FigureSql.start(month, clock.getZone()), "to", FigureSql.start(month.plusMonths(1), clock.getZone()),
				"first", FigureSql.firstDay(month), "last", FigureSql.lastDay(month));
		String caseColumns = "c.case_no as reference, c.employer_name as title, '/cases/' || c.case_no as path, ";
		return switch (figure) {
			case "CLOSED" -> sql.records(caseColumns + "(c.closed_at at time zone :zone)::date as day, 1 as value",
					"from legal_case c where c.county_id = :county and c.closed_at >= :from and c.closed_at < :to", params,
					pageable);
			case "WAGES_RECOVERED" -> sql.records(caseColumns + "p.paid_on as day, p.amount as value", """
					from case_payment p join legal_case c on c.id = p.case_id
					where c.county_id = :county and p.kind = 'PAYMENT' and p.voided_at is null
					  and p.paid_on between :first and :last""", params, pageable);
			case "MEDIATIONS", "DISPUTE_CASES" -> sql.records(caseColumns + "s.step_date as day, 1 as value", """
					from case_step s join legal_case c on c.id = s.case_id
					where c.county_id = :county and s.voided_at is null and s.step_date between :first and :last
					  and case_month_step_figure(s.step) = '%s'""".formatted(figure), params, pageable);
			default -> sql.records(caseColumns + "(c.opened_at at time zone :zone)::date as day, "
					+ switch (figure) {
						case "WORKERS_HELPED" -> "c.workers_helped";
						case "MIGRANT_WORKERS" -> "c.migrant_workers";
						default -> "1";
					} + " as value", "from legal_case c where c.county_id = :county and c.opened_at >= :from and c.opened_at < :to"
							+ (figure.startsWith("OPENED.") ? " and c.category = '" + RequestCategory.valueOf(figure.substring(7)).name() + "'" : ""),
					params, pageable);
		};
	}

	@Override
	@Transactional
	public void rebuild() {
		jdbc.sql("select rebuild_case_month_figure()").query().singleRow();
	}

}
