package org.unionrights.reports;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.intake.RequestCategory;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * The dashboard of a month for the counties the user may see (the city for city staff, their own
 * county for an officer): which reports were submitted, are late or were returned; each county's
 * figures, their total, the year to date and the month before; twelve months of the chart
 * indicators and the mix of categories. A county's approved month shows the figures it approved,
 * not live counts that changed since; any other month the portal's counts (and no hand figures).
 * Read in one read-only transaction at repeatable read.
 */
@Service
@StaffOnly
public class Dashboard {

	/** The indicators drawn over twelve months, by code (left out when retired or missing). */
	static final List<String> CHARTED = List.of("CASES_OPENED", "CASES_CLOSED", "WAGES_RECOVERED", "WORKERS_HELPED");

	/** The cases opened by category, {@code cases.OPENED.WAGES}: the mix of categories. */
	private static final String OPENED_BY_CATEGORY = "cases.OPENED.";

	/** A county's month: where its report stands and its figures by indicator id ({@code null}: none entered). */
	public record CountyMonth(long countyId, ReportStatus status, boolean late, boolean approved,
			Map<Long, BigDecimal> figures) {
	}

	/** The dashboard: totals by indicator id for the month, the year to date and the month before. */
	public record View(YearMonth month, List<IndicatorView> indicators, List<CountyMonth> counties,
			Map<Long, BigDecimal> total, Map<Long, BigDecimal> yearToDate, Map<Long, BigDecimal> previous,
			Map<Long, Map<Long, BigDecimal>> countyYearToDate, Map<Long, Map<Long, BigDecimal>> countyPrevious,
			List<IndicatorView> charted,
			Map<YearMonth, Map<Long, BigDecimal>> months, Map<RequestCategory, BigDecimal> categories,
			java.time.Instant readAt) {

		public long submitted() {
			return counties.stream().filter(c -> c.status() == ReportStatus.SUBMITTED || c.status() == ReportStatus.APPROVED).count();
		}

	}

	private final IndicatorService indicators;

	private final MonthlyReports reports;

	private final FigureSources sources;

	private final ReportScope scope;

	private final ReportSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DashboardReads reads;

	/** This bean through its proxy, so that a read kept runs in its transaction. */
	private final Dashboard self;

	Dashboard(IndicatorService indicators, MonthlyReports reports, FigureSources sources, ReportScope scope,
			ReportSettings settings, JdbcClient jdbc, Clock clock, DashboardReads reads,
			@org.springframework.context.annotation.Lazy Dashboard self) {
		this.reads = reads;
		this.self = self;
		this.settings = settings;
		this.indicators = indicators;
		this.reports = reports;
		this.sources = sources;
		this.scope = scope;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The month's dashboard for the user's scope, read at most a minute ago ({@link DashboardReads}). */
	public View of(PortalUser user, YearMonth month) {
		return reads.get(user.scope(), month, () -> self.read(user, month));
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public View read(PortalUser user, YearMonth month) {
		List<Long> counties = scope.counties(user);
		List<IndicatorView> active = indicators.all().stream().filter(i -> !i.retired()).toList();
		YearMonth from = month.minusMonths(11);
		Map<FigureSources.Key, BigDecimal> live = sources.read(counties, from, month);
		Map<FigureSources.Key, Map<Long, BigDecimal>> approved = approved(counties, from, month);
		Map<Long, MonthlyReport> ofMonth = new HashMap<>();
		reports.findByMonthAndCountyIdIn(month.atDay(1), counties).forEach(r -> ofMonth.put(r.getCountyId(), r));

		Map<YearMonth, Map<Long, BigDecimal>> months = new LinkedHashMap<>();
		Map<Long, Map<Long, BigDecimal>> countyYearToDate = new LinkedHashMap<>();
		Map<Long, Map<Long, BigDecimal>> countyPrevious = new HashMap<>();
		List<CountyMonth> rows = new ArrayList<>();
		for (long county : counties) {
			Map<Long, BigDecimal> ytd = new HashMap<>();
			for (YearMonth m = from; !m.isAfter(month); m = m.plusMonths(1)) {
				Map<Long, BigDecimal> figures = approved.get(new FigureSources.Key(county, m, ""));
				if (figures == null) {
					figures = new HashMap<>();
					for (IndicatorView indicator : active) {
						if (indicator.computed()) {
							figures.put(indicator.id(), live.getOrDefault(new FigureSources.Key(county, m, indicator.source()), BigDecimal.ZERO));
						}
					}
				}
				add(months.computeIfAbsent(m, x -> new HashMap<>()), figures);
				if (m.getYear() == month.getYear()) {
					add(ytd, figures);
				}
				if (m.equals(month.minusMonths(1))) {
					countyPrevious.put(county, figures);
				}
				if (m.equals(month)) {
					MonthlyReport report = ofMonth.get(county);
					rows.add(new CountyMonth(county, report == null ? null : report.getStatus(),
							report == null ? LocalDate.now(clock).isAfter(settings.dueOn(month))
									: report.isLate(LocalDate.now(clock), clock.getZone()),
							approved.containsKey(new FigureSources.Key(county, m, "")), figures));
				}
			}
			countyYearToDate.put(county, ytd);
		}
		Map<Long, BigDecimal> yearToDate = new HashMap<>();
		countyYearToDate.values().forEach(ytd -> add(yearToDate, ytd));
		Map<RequestCategory, BigDecimal> categories = new LinkedHashMap<>();
		for (RequestCategory category : RequestCategory.values()) {
			categories.put(category, BigDecimal.ZERO);
		}
		live.forEach((key, value) -> {
			if (key.source().startsWith(OPENED_BY_CATEGORY)) {
				categories.merge(RequestCategory.valueOf(key.source().substring(OPENED_BY_CATEGORY.length())), value,
						BigDecimal::add);
			}
		});
		List<IndicatorView> charted = CHARTED.stream()
			.flatMap(code -> active.stream().filter(i -> i.code().equals(code)))
			.toList();
		return new View(month, active, rows, months.getOrDefault(month, Map.of()), yearToDate,
				months.getOrDefault(month.minusMonths(1), Map.of()), countyYearToDate, countyPrevious, charted, months, categories,
				clock.instant());
	}

	/** Sums figures by indicator; a figure not entered adds nothing. */
	private static void add(Map<Long, BigDecimal> into, Map<Long, BigDecimal> figures) {
		figures.forEach((indicator, value) -> {
			if (value != null) {
				into.merge(indicator, value, BigDecimal::add);
			}
		});
	}

	/** The approved figures of each county's month (key source ""), from its approved version. */
	private Map<FigureSources.Key, Map<Long, BigDecimal>> approved(List<Long> counties, YearMonth from, YearMonth to) {
		Map<FigureSources.Key, Map<Long, BigDecimal>> approved = new HashMap<>();
		if (counties.isEmpty()) {
			return approved;
		}
		jdbc.sql("""
				select r.county_id, r.month, vv.indicator_id, vv.value
				  from monthly_report r
				  join report_version v on v.report_id = r.id and v.number = r.approved_version
				  join report_version_value vv on vv.version_id = v.id
				 where r.county_id in (:counties) and r.month between :from and :to""")
			.param("counties", counties)
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)))
			.query(rs -> {
				approved.computeIfAbsent(new FigureSources.Key(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()), ""),
						k -> new HashMap<>()).put(rs.getLong(3), rs.getBigDecimal(4));
			});
		return approved;
	}

}
