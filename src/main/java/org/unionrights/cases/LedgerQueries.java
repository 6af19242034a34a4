package org.unionrights.cases;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The wage ledger's roll-ups, each one aggregate query over the case tables (voided lines left
 * out), limited to the cases of the user's scope ({@link CaseScope.Sql}).
 */
@Repository
public class LedgerQueries {

	/** Payments and advances per case, not voided: joined by the roll-ups below. */
	private static final String PAID_PER_CASE = """
			(select case_id,
			        coalesce(sum(amount) filter (where kind = 'PAYMENT'), 0) as recovered,
			        coalesce(sum(amount) filter (where kind = 'ADVANCE'), 0) as advanced
			   from case_payment where voided_at is null group by case_id)""";

	private final JdbcClient jdbc;

	LedgerQueries(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** A county's cases and money (or the city's, summed). */
	public record CountyRow(long countyId, long cases, long openCases, BigDecimal claimed, BigDecimal agreed,
			long workersHelped, long migrantWorkers, BigDecimal recovered, BigDecimal advanced) {

		CountyRow plus(CountyRow other) {
			return new CountyRow(0, cases + other.cases, openCases + other.openCases, claimed.add(other.claimed),
					agreed.add(other.agreed), workersHelped + other.workersHelped, migrantWorkers + other.migrantWorkers,
					recovered.add(other.recovered), advanced.add(other.advanced));
		}

	}

	/**
	 * An employer's cases in the scope; {@code arrearsCases} counts its arrears cases across the
	 * city (as its cases' pages do), and {@code repeat} says they reach the threshold.
	 */
	public record EmployerRow(String employerKey, String employerName, long cases, long arrearsCases, BigDecimal claimed,
			BigDecimal recovered, boolean repeat) {
	}

	record OpenedRow(YearMonth month, long cases, BigDecimal claimed, long workers, long migrants) {
	}

	record PaidRow(YearMonth month, BigDecimal recovered, BigDecimal advanced) {
	}

	List<CountyRow> byCounty(CaseScope.Sql scope) {
		return jdbc.sql("""
				select c.county_id, count(*) as cases, count(*) filter (where c.status = 'OPEN') as open_cases,
				       coalesce(sum(c.amount_claimed), 0) as claimed, coalesce(sum(c.amount_agreed), 0) as agreed,
				       sum(c.workers_helped) as workers, sum(c.migrant_workers) as migrants,
				       coalesce(sum(p.recovered), 0) as recovered, coalesce(sum(p.advanced), 0) as advanced
				  from legal_case c left join %s p on p.case_id = c.id
				 where %s
				 group by c.county_id order by c.county_id""".formatted(PAID_PER_CASE, scope.condition()))
			.param("scope", scope.parameter())
			.query((rs, n) -> new CountyRow(rs.getLong("county_id"), rs.getLong("cases"), rs.getLong("open_cases"),
					rs.getBigDecimal("claimed"), rs.getBigDecimal("agreed"), rs.getLong("workers"),
					rs.getLong("migrants"), rs.getBigDecimal("recovered"), rs.getBigDecimal("advanced")))
			.list();
	}

	List<OpenedRow> openedByMonth(CaseScope.Sql scope, LocalDate from, ZoneId zone) {
		return jdbc.sql("""
				select to_char(c.opened_at at time zone :zone, 'YYYY-MM') as month, count(*) as cases,
				       coalesce(sum(c.amount_claimed), 0) as claimed, sum(c.workers_helped) as workers,
				       sum(c.migrant_workers) as migrants
				  from legal_case c
				 where c.opened_at >= :from and %s
				 group by 1""".formatted(scope.condition()))
			.param("zone", zone.getId())
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("scope", scope.parameter())
			.query((rs, n) -> new OpenedRow(YearMonth.parse(rs.getString("month")), rs.getLong("cases"),
					rs.getBigDecimal("claimed"), rs.getLong("workers"), rs.getLong("migrants")))
			.list();
	}

	List<PaidRow> paidByMonth(CaseScope.Sql scope, LocalDate from) {
		return jdbc.sql("""
				select to_char(p.paid_on, 'YYYY-MM') as month,
				       coalesce(sum(p.amount) filter (where p.kind = 'PAYMENT'), 0) as recovered,
				       coalesce(sum(p.amount) filter (where p.kind = 'ADVANCE'), 0) as advanced
				  from case_payment p join legal_case c on c.id = p.case_id
				 where p.voided_at is null and p.paid_on >= :from and %s
				 group by 1""".formatted(scope.condition()))
			.param("from", Date.valueOf(from))
			.param("scope", scope.parameter())
			.query((rs, n) -> new PaidRow(YearMonth.parse(rs.getString("month")), rs.getBigDecimal("recovered"),
					rs.getBigDecimal("advanced")))
			.list();
	}

	/** The employers with the most arrears cases in the scope, then the most claimed. */
	List<EmployerRow> employers(CaseScope.Sql scope, int limit, int repeatThreshold) {
		return jdbc.sql("""
				select e.employer_key, e.name, e.cases, e.claimed, e.recovered,
				       (select count(*) from legal_case w where w.employer_key = e.employer_key and w.category = 'WAGES') as arrears
				  from (select c.employer_key, max(c.employer_name) as name, count(*) as cases,
				               count(*) filter (where c.category = 'WAGES') as local_arrears,
				               coalesce(sum(c.amount_claimed), 0) as claimed, coalesce(sum(p.recovered), 0) as recovered
				          from legal_case c left join %s p on p.case_id = c.id
				         where %s
				         group by c.employer_key
				         order by local_arrears desc, claimed desc, name
				         limit :limit) e
				 order by arrears desc, e.claimed desc, e.name""".formatted(PAID_PER_CASE, scope.condition()))
			.param("scope", scope.parameter())
			.param("limit", limit)
			.query((rs, n) -> new EmployerRow(rs.getString("employer_key"), rs.getString("name"), rs.getLong("cases"),
					rs.getLong("arrears"),
					rs.getBigDecimal("claimed"), rs.getBigDecimal("recovered"), rs.getLong("arrears") >= repeatThreshold))
			.list();
	}

	/** The arrears (wage) cases of employers in the scope and their money. */
	WageLedger.ArrearsRecord arrearsOf(CaseScope.Sql scope, java.util.Collection<String> employerKeys) {
		return jdbc.sql("""
				select count(*) as cases, count(*) filter (where c.status = 'OPEN') as open_cases,
				       coalesce(sum(c.amount_claimed), 0) as claimed, coalesce(sum(p.recovered), 0) as recovered
				  from legal_case c left join %s p on p.case_id = c.id
				 where c.category = 'WAGES' and c.employer_key in (:keys) and %s""".formatted(PAID_PER_CASE, scope.condition()))
			.param("keys", employerKeys)
			.param("scope", scope.parameter())
			.query((rs, n) -> new WageLedger.ArrearsRecord(rs.getLong("cases"), rs.getLong("open_cases"),
					rs.getBigDecimal("claimed"), rs.getBigDecimal("recovered")))
			.single();
	}

	/** How many arrears (wage) cases the city has against one employer. */
	long arrearsCases(String employerKey) {
		return jdbc.sql("select count(*) from legal_case where employer_key = :key and category = 'WAGES'")
			.param("key", employerKey)
			.query(Long.class)
			.single();
	}

}
