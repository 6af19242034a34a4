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
 * The registries' figures of a month, counted directly by date (the tables are small and indexed
 * by these dates, V30): collective contracts signed, the enterprises and workers they cover, "1+3"
 * groups formed, enterprises that founded their union.
 */
@Component
@Transactional(readOnly = true)
class RegistryMonthFigures implements MonthlyFigures {

	private final FigureSql sql;

	RegistryMonthFigures(JdbcClient jdbc) {
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
				select c.county_id, date_trunc('month', c.signed_on)::date as month, f.figure, sum(f.value)
				  from collective_contract c
				  cross join lateral (values ('CONTRACTS_SIGNED', 1::numeric), ('WORKERS_COVERED', c.workers_covered::numeric),
				       ('ENTERPRISES_COVERED', (select count(*) from contract_enterprise ce where ce.contract_id = c.id)::numeric)) f(figure, value)
				 where c.county_id in (:counties) and c.signed_on >= :from and c.signed_on < (cast(:to as date) + interval '1 month')
				 group by 1, 2, 3
				union all
				select g.county_id, date_trunc('month', g.formed_on)::date, 'GROUPS_FORMED', count(*) from enterprise_group g
				 where g.county_id in (:counties) and g.formed_on >= :from and g.formed_on < (cast(:to as date) + interval '1 month')
				 group by 1, 2
				union all
				select e.county_id, date_trunc('month', e.union_founded_on)::date, 'NEW_UNIONS', count(*) from enterprise e
				 where e.county_id in (:counties) and e.union_founded_on >= :from and e.union_founded_on < (cast(:to as date) + interval '1 month')
				 group by 1, 2""", counties, from, to);
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
