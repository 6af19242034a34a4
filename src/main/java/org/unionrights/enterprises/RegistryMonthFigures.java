package org.unionrights.enterprises;

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

/**
 * The registries' figures of a month, read from the roll-up {@code registry_month_figure} its
 * triggers keep (V34): collective contracts signed, the enterprises and workers they cover (in the
 * month signed), "1+3" groups formed, enterprises that founded their union.
 */
@Component
@Transactional(readOnly = true)
class RegistryMonthFigures implements MonthlyFigures {

	private final JdbcClient jdbc;

	private final FigureSql sql;

	RegistryMonthFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.sql = new FigureSql(jdbc);
	}

	@Override
	public String module() {
		return "enterprises";
	}

	@Override
	public List<String> figures() {
		return List.of("CONTRACTS_SIGNED", "ENTERPRISES_COVERED", "WORKERS_COVERED", "GROUPS_FORMED", "NEW_UNIONS");
	}

	@Override
	public List<MonthFigure> read(Collection<Long> counties, YearMonth from, YearMonth to) {
		return sql.read("""
				select county_id, month, figure, value from registry_month_figure
				 where county_id in (:counties) and month between :from and :to and value <> 0""", counties, from, to);
	}

	@Override
	@Transactional
	public void rebuild() {
		jdbc.sql("select rebuild_registry_month_figure()").query().singleRow();
	}

	@Override
	public Page<FigureRecord> records(long countyId, YearMonth month, String figure, Pageable pageable) {
		Map<String, Object> params = Map.of("county", countyId, "first", FigureSql.firstDay(month), "last",
				FigureSql.lastDay(month));
		return switch (figure) {
			case "GROUPS_FORMED" -> sql.records("""
					g.id::text as reference, e.name as title, g.formed_on as day, '/groups/' || g.id as path, 1 as value""", """
					from enterprise_group g join enterprise e on e.id = g.lead_enterprise_id
					where g.county_id = :county and g.formed_on between :first and :last""", params, pageable);
			case "NEW_UNIONS" -> sql.records("""
					e.credit_code as reference, e.name as title, e.union_founded_on as day, '/enterprises/' || e.id as path,
					1 as value""", """
					from enterprise e where e.county_id = :county and e.union_founded_on between :first and :last""", params,
					pageable);
			default -> sql.records("c.id::text as reference, c.title as title, c.signed_on as day, '/contracts/' || c.id as path, "
					+ switch (figure) {
						case "WORKERS_COVERED" -> "c.workers_covered";
						case "ENTERPRISES_COVERED" -> "(select count(*) from contract_enterprise ce where ce.contract_id = c.id)";
						default -> "1";
					} + " as value", "from collective_contract c where c.county_id = :county and c.signed_on between :first and :last",
					params, pageable);
		};
	}

}
