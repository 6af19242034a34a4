package org.unionrights.workspace;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionrights.cases.CaseChasing;
import org.unionrights.cases.CaseFilter;
import org.unionrights.cases.CaseService;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.intake.RequestStatus;
import org.unionrights.intake.TriageFilter;
import org.unionrights.intake.TriageQueue;
import org.unionrights.security.PortalUser;

/**
 * Start pages of the city staff, a county officer and a lawyer, each counting what the user may
 * see. Access by role is enforced in the security configuration ({@code /workspace/<role>/**}).
 */
@Controller
class WorkspaceController {

	static final String VIEW_START = "workspace/start";

	private static final TriageFilter OVERDUE = new TriageFilter(RequestStatus.SUBMITTED, null, null, null, false,
			false, true, false, null);

	private static final TriageFilter ESCALATED = new TriageFilter(RequestStatus.SUBMITTED, null, null, null, false,
			false, false, true, null);

	private final CountyDirectory counties;

	private final TriageQueue triage;

	private final CaseService cases;

	private final CaseChasing chasing;

	WorkspaceController(CountyDirectory counties, TriageQueue triage, CaseService cases, CaseChasing chasing) {
		this.counties = counties;
		this.triage = triage;
		this.cases = cases;
		this.chasing = chasing;
	}

	@GetMapping("/workspace/city")
	String city(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		return staffStart("city", user, model, locale);
	}

	@GetMapping("/workspace/county")
	String county(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		return staffStart("county", user, model, locale);
	}

	@GetMapping("/workspace/lawyer")
	String lawyer(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("myCases", cases.list(user, CaseFilter.ALL, PageRequest.of(0, 10)).getContent());
		return start("lawyer", user, model, locale);
	}

	/** Staff: the requests waiting for triage, overdue and escalated, and the escalated cases. */
	private String staffStart(String area, PortalUser user, Model model, Locale locale) {
		model.addAttribute("waiting", triage.counts(user).get(RequestStatus.SUBMITTED.name()));
		model.addAttribute("overdue", triage.count(user, OVERDUE));
		model.addAttribute("escalatedRequests", triage.count(user, ESCALATED));
		model.addAttribute("escalatedCases", chasing.escalatedCount(user));
		return start(area, user, model, locale);
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
