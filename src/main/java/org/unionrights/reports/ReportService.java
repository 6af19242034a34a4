package org.unionrights.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditEntry;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.figures.MonthlyFigures;
import org.unionrights.security.CityStaffOnly;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * The monthly reports (月必报) of the counties the user may see: opened pre-filled with the portal's
 * counts, saved as drafts, submitted, returned or approved by the city, reopened for a correction;
 * every submission kept as a version.
 */
@Service
@Transactional
@StaffOnly
public class ReportService {

	/** The earliest month a report may be made for. */
	static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

	private final MonthlyReports reports;

	private final ReportVersions versions;

	private final Indicators indicators;

	private final Prefill prefill;

	private final FigureSources sources;

	private final ReportScope scope;

	private final ReportSettings settings;

	private final AuditLog auditLog;

	private final Clock clock;

	private final DashboardReads dashboards;

	ReportService(MonthlyReports reports, ReportVersions versions, Indicators indicators, Prefill prefill,
			FigureSources sources, ReportScope scope, ReportSettings settings, AuditLog auditLog, Clock clock,
			DashboardReads dashboards) {
		this.dashboards = dashboards;
		this.reports = reports;
		this.versions = versions;
		this.indicators = indicators;
		this.prefill = prefill;
		this.sources = sources;
		this.scope = scope;
		this.settings = settings;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A report row of a list. */
	public record Row(long id, long countyId, YearMonth month, ReportStatus status, LocalDate dueOn, boolean late) {
	}

	/** The report a county owes: its month, due day and where it stands ({@code null} id: not opened yet). */
	public record Due(long countyId, YearMonth month, LocalDate dueOn, Long id, ReportStatus status, boolean late) {
	}

	/** Opens a county's report for a month, once: a second one for the same county and month is refused. */
	public long open(PortalUser user, long countyId, YearMonth month) {
		if (!scope.allows(user, countyId)) {
			throw new RuleViolationException("countyId", "report.county");
		}
		if (month.isBefore(FIRST_MONTH) || month.isAfter(YearMonth.now(clock))) {
			throw new RuleViolationException("month", "report.month");
		}
		if (reports.findByCountyIdAndMonth(countyId, month.atDay(1)).isPresent()) {
			throw new RuleViolationException("month", "report.exists");
		}
		MonthlyReport report;
		try {
			report = reports.saveAndFlush(new MonthlyReport(countyId, month, settings.dueOn(month),
					AuditLog.currentActor(), clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("month", "report.exists");
		}
		dashboards.forget();
		auditLog.record("REPORT_OPENED", subject(report.getId()), Detail.of("audit.detail.person", month.toString()));
		return report.getId();
	}

	@Transactional(readOnly = true)
	public Optional<Long> find(PortalUser user, long countyId, YearMonth month) {
		return scope.allows(user, countyId)
				? reports.findByCountyIdAndMonth(countyId, month.atDay(1)).map(MonthlyReport::getId) : Optional.empty();
	}

	/**
	 * The report with a line per indicator: while it is edited, the active indicators (and any
	 * retired one it holds a figure for) with the portal's counts now; once submitted, the lines it
	 * holds with the counts as submitted, a retired indicator included.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ReportView view(PortalUser user, long id) {
		MonthlyReport report = find(user, id);
		Map<String, BigDecimal> counts = report.getStatus().editable()
				? prefill.counts(report.getCountyId(), report.getMonth()) : Map.of();
		List<ReportView.Line> lines = new ArrayList<>();
		for (IndicatorView indicator : indicatorsOf(report)) {
			ReportFigure figure = report.getFigures().get(indicator.id());
			BigDecimal count = !indicator.computed() ? null
					: report.getStatus().editable() ? counts.getOrDefault(indicator.source(), BigDecimal.ZERO)
							: figure == null ? null : figure.getComputed();
			BigDecimal value = figure == null ? null : figure.getValue();
			lines.add(new ReportView.Line(indicator, count, value, figure == null ? null : figure.getReason(),
					value != null ? value : count));
		}
		List<ReportView.Submitted> submitted = versions.findByReportIdOrderByNumberDesc(id).stream()
			.map(ReportVersion::view)
			.toList();
		return new ReportView(report.header(late(report)), lines, submitted);
	}

	/**
	 * Saves the figures of a draft or returned report and, when {@code submit}, sends it: a hand
	 * figure is then required, an override of a count always needs a reason, and a count that
	 * changed since the page showed it is shown again before anything is sent.
	 */
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	public void save(PortalUser user, long id, long version, Map<Long, ReportInput> inputs, boolean submit) {
		MonthlyReport report = find(user, id);
		Map<String, BigDecimal> counts = prefill.counts(report.getCountyId(), report.getMonth());
		Map<String, String> errors = new LinkedHashMap<>();
		Map<Long, ReportFigure> figures = new HashMap<>();
		for (IndicatorView indicator : indicatorsOf(report)) {
			ReportInput input = inputs.getOrDefault(indicator.id(), ReportInput.NONE);
			String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
			BigDecimal count = indicator.computed() ? counts.getOrDefault(indicator.source(), BigDecimal.ZERO) : null;
			String field = "value[" + indicator.id() + "]";
			if (input.value() != null && input.value().stripTrailingZeros().scale() > indicator.unit().scale()) {
				errors.put(field, indicator.unit() == IndicatorUnit.YUAN ? "report.value.cents" : "report.value.whole");
			}
			if (indicator.computed()) {
				if (input.value() != null && reason == null) {
					errors.put("reason[" + indicator.id() + "]", "report.reason.required");
				}
				if (submit && input.value() == null && input.shown() != null && input.shown().compareTo(count) != 0) {
					errors.put(field, "report.count.changed");
				}
			}
			else if (submit && input.value() == null && !indicator.retired()) {
				errors.put(field, "report.value.required");
			}
			figures.put(indicator.id(), new ReportFigure(input.value(), count, indicator.computed() ? reason : null));
		}
		if (!errors.isEmpty()) {
			throw new ReportInputException(errors);
		}
		report.fill(version, figures);
		if (submit) {
			report.submit(AuditLog.currentActor(), clock.instant(), LocalDate.now(clock));
			int number = (int) versions.countByReportId(id) + 1;
			Map<Long, ReportFigure> sent = new HashMap<>();
			figures.forEach((indicator, figure) -> {
				if (figure.reported() != null) {
					sent.put(indicator, new ReportFigure(figure.reported(), figure.getComputed(), figure.getReason()));
				}
			});
			versions.save(new ReportVersion(id, number, AuditLog.currentActor(), clock.instant(), late(report), sent));
			dashboards.forget();
			auditLog.record("REPORT_SUBMITTED", subject(id), Detail.of("audit.detail.reportVersion", number));
		}
		else {
			auditLog.record("REPORT_SAVED", subject(id));
		}
		reports.flush();
	}

	/** The city approves the version submitted: its figures become the month's, locked. */
	@CityStaffOnly
	public void approve(PortalUser user, long id, long version) {
		MonthlyReport report = find(user, id);
		ReportVersion latest = versions.findByReportIdOrderByNumberDesc(id).stream().findFirst()
			.orElseThrow(() -> new RuleViolationException(null, "report.notSubmitted"));
		report.approve(version, latest.getNumber(), AuditLog.currentActor(), clock.instant());
		latest.approve(AuditLog.currentActor(), clock.instant());
		dashboards.forget();
		auditLog.record("REPORT_APPROVED", subject(id), Detail.of("audit.detail.reportVersion", latest.getNumber()));
		reports.flush();
	}

	/** The city returns a submitted report to its county with a comment. */
	@CityStaffOnly
	public void returnToCounty(PortalUser user, long id, long version, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new RuleViolationException("comment", "report.comment.required");
		}
		if (comment.strip().length() > 1000) {
			throw new RuleViolationException("comment", "report.text.long");
		}
		find(user, id).returnWith(version, comment.strip(), AuditLog.currentActor(), clock.instant());
		dashboards.forget();
		auditLog.record("REPORT_RETURNED", subject(id), Detail.of("audit.detail.person", comment.strip()));
		reports.flush();
	}

	/**
	 * A correction of an approved report, by the city that locked it: a draft again, with the
	 * reason; the approved version stands until the next approval.
	 */
	@CityStaffOnly
	public void reopen(PortalUser user, long id, long version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "report.reopen.required");
		}
		if (reason.strip().length() > 1000) {
			throw new RuleViolationException("reason", "report.text.long");
		}
		find(user, id).reopen(version, reason.strip());
		dashboards.forget();
		auditLog.record("REPORT_REOPENED", subject(id), Detail.of("audit.detail.person", reason.strip()));
		reports.flush();
	}

	@Transactional(readOnly = true)
	public Page<Row> list(PortalUser user, ReportStatus status, Pageable pageable) {
		List<Long> counties = scope.counties(user);
		Page<MonthlyReport> page = status == null ? reports.findByCountyIdInOrderByMonthDescCountyIdAsc(counties, pageable)
				: reports.findByCountyIdInAndStatusOrderByMonthDescCountyIdAsc(counties, status, pageable);
		return page.map(report -> new Row(report.getId(), report.getCountyId(), report.getMonth(), report.getStatus(),
				report.getDueOn(), late(report)));
	}

	/** The reports waiting for the city's decision. */
	@Transactional(readOnly = true)
	public long waiting(PortalUser user) {
		return reports.countByCountyIdInAndStatus(scope.counties(user), ReportStatus.SUBMITTED);
	}

	/**
	 * What each county of the user owes now: last month's report (due by the deadline day) unless
	 * it is submitted or approved, and every earlier one still a draft or returned, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Due> due(PortalUser user) {
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		List<Long> counties = scope.counties(user);
		List<Due> due = new ArrayList<>();
		for (MonthlyReport report : reports.findByCountyIdInAndStatusInAndMonthLessThanOrderByMonthAscCountyIdAsc(counties,
				List.of(ReportStatus.DRAFT, ReportStatus.RETURNED), last.atDay(1))) {
			due.add(new Due(report.getCountyId(), report.getMonth(), report.getDueOn(), report.getId(), report.getStatus(),
					late(report)));
		}
		Map<Long, MonthlyReport> ofLastMonth = new HashMap<>();
		reports.findByMonthAndCountyIdIn(last.atDay(1), counties).forEach(report -> ofLastMonth.put(report.getCountyId(), report));
		for (long county : counties) {
			MonthlyReport report = ofLastMonth.get(county);
			if (report == null) {
				LocalDate dueOn = settings.dueOn(last);
				due.add(new Due(county, last, dueOn, null, null, LocalDate.now(clock).isAfter(dueOn)));
			}
			else if (report.getStatus().editable()) {
				due.add(new Due(county, last, report.getDueOn(), report.getId(), report.getStatus(), late(report)));
			}
		}
		return due;
	}

	/** The records behind a computed line of a report (404 for a line entered by hand). */
	@Transactional(readOnly = true)
	public Page<MonthlyFigures.FigureRecord> records(PortalUser user, long id, long indicatorId, Pageable pageable) {
		MonthlyReport report = find(user, id);
		IndicatorView indicator = indicators.findById(indicatorId).map(Indicator::view)
			.filter(IndicatorView::computed)
			.orElseThrow(() -> new ReportNotFoundException("indicator " + indicatorId));
		return sources.records(indicator.source(), report.getCountyId(), report.getMonth(), pageable)
			.orElseThrow(() -> new ReportNotFoundException("source " + indicator.source()));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> history(PortalUser user, long id, Pageable pageable) {
		find(user, id);
		return auditLog.about(subject(id), pageable);
	}

	/** Printed for signing: in the history. */
	public void printed(PortalUser user, long id) {
		find(user, id);
		auditLog.record("REPORT_PRINTED", subject(id));
	}

	private List<IndicatorView> indicatorsOf(MonthlyReport report) {
		return indicators.findAllByOrderByPositionAscIdAsc().stream()
			.map(Indicator::view)
			.filter(indicator -> report.getStatus().editable() ? !indicator.retired() || has(report, indicator)
					: report.getFigures().containsKey(indicator.id()))
			.toList();
	}

	private static boolean has(MonthlyReport report, IndicatorView indicator) {
		ReportFigure figure = report.getFigures().get(indicator.id());
		return figure != null && figure.getValue() != null;
	}

	private boolean late(MonthlyReport report) {
		return report.isLate(LocalDate.now(clock), clock.getZone());
	}

	private MonthlyReport find(PortalUser user, long id) {
		return reports.findById(id)
			.filter(report -> scope.allows(user, report.getCountyId()))
			.orElseThrow(() -> new ReportNotFoundException("report " + id));
	}

	static String subject(long id) {
		return "report:" + id;
	}

}
