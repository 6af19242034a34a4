package org.unionrights.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.cases.CaseNotFoundException;
import org.unionrights.cases.CaseService;
import org.unionrights.common.RuleViolationException;
import org.unionrights.enterprises.EnterpriseService;
import org.unionrights.enterprises.EnterpriseView;
import org.unionrights.intake.RequestNotFoundException;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;
import org.unionrights.security.StaffOnly;

/**
 * Risk reports (随机报) of the counties the user may see: filed at any time by a county officer or
 * city staff, new to the city until a city staff member opens one, handled in dated steps, closed;
 * the help request and case that came of one linked, each checked within the user's scope.
 */
@Service
@Transactional
@StaffOnly
public class RiskService {

	private final RiskReports risks;

	private final RiskSteps steps;

	private final ReportScope scope;

	private final EnterpriseService enterprises;

	private final StaffRequests requests;

	private final CaseService cases;

	private final AuditLog auditLog;

	private final Clock clock;

	RiskService(RiskReports risks, RiskSteps steps, ReportScope scope, EnterpriseService enterprises,
			StaffRequests requests, CaseService cases, AuditLog auditLog, Clock clock) {
		this.risks = risks;
		this.steps = steps;
		this.scope = scope;
		this.enterprises = enterprises;
		this.requests = requests;
		this.cases = cases;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Files a risk; the city has seen one its own staff filed. Returns its id. */
	public long file(PortalUser user, RiskData data) {
		long countyId = user.scope().onlyCounty().orElse(data.countyId() == null ? -1 : data.countyId());
		Long enterpriseId = null;
		String enterpriseName = data.enterpriseName() == null ? "" : data.enterpriseName().strip();
		if (data.enterpriseCode() != null && !data.enterpriseCode().isBlank()) {
			enterpriseId = enterprises.idsOf(user, List.of(data.enterpriseCode()), "enterpriseCode").get(0);
			EnterpriseView enterprise = enterprises.find(user, enterpriseId);
			enterpriseName = enterprise.name();
			countyId = enterprise.countyId();
		}
		else if (enterpriseName.isEmpty()) {
			throw new RuleViolationException("enterpriseName", "risk.enterprise.required");
		}
		if (!scope.allows(user, countyId)) {
			throw new RuleViolationException("countyId", "validation.required");
		}
		String number = "FX%d-%05d".formatted(Year.now(clock).getValue(), risks.nextNumber());
		RiskReport risk = new RiskReport(number, countyId, data.kind(), data.level(), enterpriseId, enterpriseName,
				data.workersAffected(), data.description().strip(), AuditLog.currentActor(), clock.instant());
		if (user.getRole() == Role.CITY_STAFF) {
			risk.seen(AuditLog.currentActor(), clock.instant());
		}
		risks.saveAndFlush(risk);
		auditLog.record("RISK_FILED", subject(risk.getId()), Detail.of("audit.detail.person", number));
		return risk.getId();
	}

	@Transactional(readOnly = true)
	public RiskView view(PortalUser user, long id) {
		RiskReport risk = find(user, id);
		return risk.view(steps.findByRiskIdOrderByStepDateAscIdAsc(id).stream().map(RiskStep::view).toList());
	}

	/** A city staff member opened it: no longer new to the city. */
	public void seen(PortalUser user, long id) {
		if (user.getRole() == Role.CITY_STAFF) {
			find(user, id);
			risks.markSeen(id, AuditLog.currentActor(), clock.instant());
		}
	}

	/** The risks of the scope, new ones first, then the latest. */
	@Transactional(readOnly = true)
	public Page<RiskView> list(PortalUser user, Boolean open, RiskLevel level, Pageable pageable) {
		return risks.find(scope.counties(user), open, level, pageable).map(risk -> risk.view(List.of()));
	}

	/** How many risks the city has not opened yet (for city staff; none for anyone else). */
	@Transactional(readOnly = true)
	public long unseen(PortalUser user) {
		return user.getRole() == Role.CITY_STAFF ? risks.countByCountyIdInAndSeenAtIsNull(scope.counties(user)) : 0;
	}

	/** Scope first, then the note: a risk outside the user's counties is not found, whatever was typed. */
	public void addStep(PortalUser user, long id, long version, LocalDate on, String note) {
		RiskReport risk = risks.findForUpdateById(id)
			.filter(found -> scope.allows(user, found.getCountyId()))
			.orElseThrow(() -> new ReportNotFoundException("risk " + id));
		checkNote(note);
		risk.checkOpen(version);
		checkDate(risk, on, "stepDate");
		steps.save(new RiskStep(id, on, note.strip(), AuditLog.currentActor(), clock.instant()));
		auditLog.record("RISK_STEP", subject(id), Detail.of("audit.detail.person", on.toString()));
	}

	public void close(PortalUser user, long id, long version, LocalDate on, String note) {
		RiskReport risk = find(user, id);
		checkNote(note);
		checkDate(risk, on, "closedOn");
		risk.close(version, on, note.strip(), AuditLog.currentActor(), reportedOn(risk));
		risks.flush();
		auditLog.record("RISK_CLOSED", subject(id), Detail.of("audit.detail.person", on.toString()));
	}

	/** Links the help request and the case that came of the risk; each must be one the user may open. */
	public void link(PortalUser user, long id, long version, String requestNo, String caseNo) {
		RiskReport risk = find(user, id);
		String request = blankToNull(requestNo);
		String legalCase = blankToNull(caseNo);
		if (request != null) {
			try {
				request = requests.view(user, request).trackingNo();
			}
			catch (RequestNotFoundException ex) {
				throw new RuleViolationException("requestNo", "risk.request.unknown");
			}
		}
		if (legalCase != null) {
			try {
				legalCase = cases.view(user, legalCase).caseNo();
			}
			catch (CaseNotFoundException ex) {
				throw new RuleViolationException("caseNo", "risk.case.unknown");
			}
		}
		risk.link(version, request, legalCase);
		risks.flush();
		auditLog.record("RISK_LINKED", subject(id), Detail.of("audit.detail.person",
				(request == null ? "—" : request) + " / " + (legalCase == null ? "—" : legalCase)));
	}

	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<org.unionrights.audit.AuditEntry> history(PortalUser user, long id,
			Pageable pageable) {
		find(user, id);
		return auditLog.about(subject(id), pageable);
	}

	/** What was done is said, in at most 1,000 characters. */
	private static void checkNote(String note) {
		if (note == null || note.isBlank()) {
			throw new RuleViolationException("note", "risk.note.required");
		}
		if (note.strip().length() > 1000) {
			throw new RuleViolationException("note", "risk.note.long");
		}
	}

	private void checkDate(RiskReport risk, LocalDate on, String field) {
		if (on == null || on.isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException(field, "risk.date.future");
		}
		if (on.isBefore(reportedOn(risk))) {
			throw new RuleViolationException(field, "risk.date.beforeReport");
		}
	}

	private LocalDate reportedOn(RiskReport risk) {
		return LocalDate.ofInstant(risk.getReportedAt(), clock.getZone());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private RiskReport find(PortalUser user, long id) {
		return risks.findById(id)
			.filter(risk -> scope.allows(user, risk.getCountyId()))
			.orElseThrow(() -> new ReportNotFoundException("risk " + id));
	}

	static String subject(long id) {
		return "risk:" + id;
	}

}
