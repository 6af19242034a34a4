package org.unionrights.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionrights.cases.CaseAgenda;
import org.unionrights.cases.CaseChasing;
import org.unionrights.cases.CaseFilter;
import org.unionrights.cases.CaseService;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.intake.QueueRow;
import org.unionrights.intake.RequestStatus;
import org.unionrights.intake.TriageFilter;
import org.unionrights.intake.TriageQueue;
import org.unionrights.reports.ReportService;
import org.unionrights.reports.ReportStatus;
import org.unionrights.reports.RiskService;
import org.unionrights.reports.RiskView;
import org.unionrights.security.PortalUser;

/**
 * Start pages of the city staff, a county officer and a lawyer: the work waiting for that person,
 * riskiest first, each line linking to where it is done, and the counts of their scope. Access by
 * role is enforced in the security configuration ({@code /workspace/<role>/**}).
 */
@Controller
class WorkspaceController {

	static final String VIEW_START = "workspace/start";

	/** How many lines of each kind a start page lists; the lists behind the counts hold the rest. */
	static final int LINES = 10;

	private static final TriageFilter WAITING = new TriageFilter(RequestStatus.SUBMITTED, null, null, null, false,
			false, false, false, null);

	private static final TriageFilter OVERDUE = new TriageFilter(RequestStatus.SUBMITTED, null, null, null, false,
			false, true, false, null);

	private static final TriageFilter ESCALATED = new TriageFilter(RequestStatus.SUBMITTED, null, null, null, false,
			false, false, true, null);

	private final CountyDirectory counties;

	private final TriageQueue triage;

	private final CaseService cases;

	private final CaseChasing chasing;

	private final CaseAgenda agenda;

	private final ReportService reports;

	private final RiskService risks;

	WorkspaceController(CountyDirectory counties, TriageQueue triage, CaseService cases, CaseChasing chasing,
			CaseAgenda agenda, ReportService reports, RiskService risks) {
		this.reports = reports;
		this.risks = risks;
		this.counties = counties;
		this.triage = triage;
		this.cases = cases;
		this.chasing = chasing;
		this.agenda = agenda;
	}

	@GetMapping("/workspace/city")
	String city(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		List<WorkLine> lines = new ArrayList<>();
		for (RiskView risk : risks.list(user, true, null, PageRequest.of(0, LINES)).getContent()) {
			if (risk.isNew()) {
				lines.add(new WorkLine(WorkLine.Kind.RISK_NEW, "/risks/" + risk.id(), risk.riskNo(), risk.enterpriseName(),
						null, null, risk.reportedAt()));
			}
		}
		for (ReportService.Row row : reports.list(user, ReportStatus.SUBMITTED, PageRequest.of(0, LINES)).getContent()) {
			lines.add(new WorkLine(WorkLine.Kind.REPORT_WAITING, "/reports/" + row.id(), row.month().toString(),
					counties.find(row.countyId()).map(county -> county.name(locale)).orElse(""), null, row.dueOn(), null));
		}
		model.addAttribute("newRisks", risks.unseen(user));
		model.addAttribute("reportsWaiting", reports.waiting(user));
		return staffStart("city", user, lines, model, locale);
	}

	@GetMapping("/workspace/county")
	String county(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		List<WorkLine> lines = new ArrayList<>();
		for (ReportService.Due due : reports.due(user)) {
			WorkLine.Kind kind = due.status() == ReportStatus.RETURNED ? WorkLine.Kind.REPORT_RETURNED
					: due.late() ? WorkLine.Kind.REPORT_LATE : WorkLine.Kind.REPORT_DUE;
			lines.add(new WorkLine(kind, due.id() == null ? "/reports" : "/reports/" + due.id(), due.month().toString(),
					counties.find(due.countyId()).map(county -> county.name(locale)).orElse(""), null, due.dueOn(), null));
		}
		return staffStart("county", user, lines, model, locale);
	}

	@GetMapping("/workspace/lawyer")
	String lawyer(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("work", caseLines(user));
		model.addAttribute("myCases", cases.list(user, CaseFilter.ALL, PageRequest.of(0, LINES)).getContent());
		return start("lawyer", user, model, locale);
	}

	/** Staff: the cases' work and the requests waiting at triage, and the counts behind them. */
	private String staffStart(String area, PortalUser user, List<WorkLine> reportLines, Model model, Locale locale) {
		List<WorkLine> work = caseLines(user);
		work.addAll(reportLines);
		for (QueueRow row : triage.find(user, WAITING, 0).getContent().stream().limit(LINES).toList()) {
			WorkLine.Kind kind = row.escalated() ? WorkLine.Kind.REQUEST_ESCALATED
					: row.firstContactOverdue() ? WorkLine.Kind.REQUEST_OVERDUE : WorkLine.Kind.REQUEST_WAITING;
			work.add(new WorkLine(kind, "/triage/requests/" + row.trackingNo(), row.trackingNo(), row.employerName(),
					null, null, row.submittedAt()));
		}
		work.sort(Comparator.comparing(WorkLine::kind));
		model.addAttribute("work", work);
		model.addAttribute("waiting", triage.counts(user).get(RequestStatus.SUBMITTED.name()));
		model.addAttribute("overdue", triage.count(user, OVERDUE));
		model.addAttribute("escalatedRequests", triage.count(user, ESCALATED));
		model.addAttribute("escalatedCases", chasing.escalatedCount(user));
		model.addAttribute("unreadCases", cases.count(user, CaseFilter.Flag.UNREAD));
		return start(area, user, model, locale);
	}

	/** The cases' work, riskiest first (a stable sort keeps the agenda's order within a kind). */
	private List<WorkLine> caseLines(PortalUser user) {
		List<WorkLine> lines = new ArrayList<>();
		for (CaseAgenda.Item item : agenda.of(user, LINES)) {
			lines.add(new WorkLine(WorkLine.Kind.valueOf(item.kind().name()),
					"/cases/" + item.caseNo() + "#" + item.anchor(), item.caseNo(), item.employerName(),
					item.rule() == null ? null : item.rule().name(), item.dueDate(), item.since()));
		}
		return lines;
	}

	private String start(String area, PortalUser user, Model model, Locale locale) {
		model.addAttribute("area", area);
		model.addAttribute("activeMenu", "workspace");
		model.addAttribute("user", user);
		model.addAttribute("countyName", user.getCountyId() == null ? null
				: counties.find(user.getCountyId()).map(county -> county.name(locale)).orElse(null));
		// The districts and counties; the high-tech zone (no GB code) is named beside them.
		model.addAttribute("countyCount", counties.active().stream().filter(county -> county.code() != null).count());
		model.addAttribute("openCases", cases.openCount(user));
		return VIEW_START;
	}

}
