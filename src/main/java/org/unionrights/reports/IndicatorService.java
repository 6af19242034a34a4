package org.unionrights.reports;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;

/**
 * The indicator catalogue: read by everyone who reports, kept by the administrator. A new
 * indicator entered by hand needs no code; a computed one names a source the modules count.
 */
@Service
@Transactional
public class IndicatorService {

	private final Indicators indicators;

	private final FigureSources sources;

	private final AuditLog auditLog;

	private final Clock clock;

	private final DashboardReads dashboards;

	IndicatorService(Indicators indicators, FigureSources sources, AuditLog auditLog, Clock clock,
			DashboardReads dashboards) {
		this.dashboards = dashboards;
		this.indicators = indicators;
		this.sources = sources;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Every indicator, retired ones too, in their order. */
	@Transactional(readOnly = true)
	public List<IndicatorView> all() {
		return indicators.findAllByOrderByPositionAscIdAsc().stream().map(Indicator::view).toList();
	}

	/** The sources a computed indicator may name. */
	public List<String> sources() {
		return sources.sources();
	}

	@PreAuthorize("hasRole('CITY_ADMIN')")
	public IndicatorView add(String code, String nameZh, String nameEn, IndicatorUnit unit, String source, int position) {
		String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
		if (indicators.findByCode(normalised).isPresent()) {
			throw new RuleViolationException("code", "indicator.codeTaken");
		}
		if (source != null && !sources.exists(source)) {
			throw new RuleViolationException("source", "indicator.unknownSource");
		}
		Indicator indicator = indicators.saveAndFlush(
				new Indicator(normalised, nameZh.strip(), nameEn.strip(), unit, source, position));
		dashboards.forget();
		auditLog.record("INDICATOR_ADDED", subject(indicator.getId()), Detail.of("audit.detail.person", normalised));
		return indicator.view();
	}

	@PreAuthorize("hasRole('CITY_ADMIN')")
	public void rename(long id, long version, String nameZh, String nameEn, int position) {
		Indicator indicator = find(id);
		indicator.rename(version, nameZh.strip(), nameEn.strip(), position);
		dashboards.forget();
		auditLog.record("INDICATOR_CHANGED", subject(id), Detail.of("audit.detail.person", indicator.getCode()));
	}

	@PreAuthorize("hasRole('CITY_ADMIN')")
	public void retire(long id, long version) {
		Indicator indicator = find(id);
		indicator.retire(version, AuditLog.currentActor(), clock.instant());
		dashboards.forget();
		auditLog.record("INDICATOR_RETIRED", subject(id), Detail.of("audit.detail.person", indicator.getCode()));
	}

	@PreAuthorize("hasRole('CITY_ADMIN')")
	public void reinstate(long id, long version) {
		Indicator indicator = find(id);
		indicator.reinstate(version);
		dashboards.forget();
		auditLog.record("INDICATOR_REINSTATED", subject(id), Detail.of("audit.detail.person", indicator.getCode()));
	}

	private Indicator find(long id) {
		return indicators.findById(id).orElseThrow(() -> new ReportNotFoundException("indicator " + id));
	}

	private static String subject(long id) {
		return "indicator:" + id;
	}

}
