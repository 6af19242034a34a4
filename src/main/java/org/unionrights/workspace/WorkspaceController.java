package org.unionrights.workspace;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.data.domain.PageRequest;
import org.unionrights.cases.CaseService;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.intake.RequestStatus;
import org.unionrights.intake.TriageFilter;
import org.unionrights.intake.TriageQueue;
import org.unionrights.security.Role;
import org.unionrights.security.PortalUser;

/**
 * Start pages of the city staff, a county officer and a lawyer. Access by role is enforced in the
 * security configuration ({@code /workspace/<role>/**}).
 */
@Controller
class WorkspaceController {

	static final String VIEW_START = "workspace/start";

	private final CountyDirectory counties;

	private final TriageQueue triage;

	private final CaseService cases;

	private final org.unionrights.cases.CaseChasing chasing;

	WorkspaceController(CountyDirectory counties, TriageQueue triage, CaseService cases,
			org.unionrights.cases.CaseChasing chasing) {
		this.chasing = chasing;
		this.counties = counties;
		this.triage = triage;
		this.cases = cases;
	}

	@GetMapping("/workspace/city")
	String city(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		return start("city", user, model, locale);
	}

	@GetMapping("/workspace/county")
	String county(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		return start("county", user, model, locale);
	}

	@GetMapping("/workspace/lawyer")
	String lawyer(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		return start("lawyer", user, model, locale);
	}

	private String start(String area, PortalUser user, Model model, Locale locale) {
		model.addAttribute("area", area);
		model.addAttribute("activeMenu", "workspace");
		model.addAttribute("user", user);
		String countyName = user.getCountyId() == null ? null
				: counties.find(user.getCountyId()).map(county -> county.name(locale)).orElse(null);
		model.addAttribute("countyName", countyName);
		model.addAttribute("countyCount", counties.active().size());
		model.addAttribute("openCases", cases.openCount(user));
		if (user.getRole() == Role.LAWYER) {
			model.addAttribute("myCases", cases.list(user, null, PageRequest.of(0, 10)).getContent());
		}
		else {
			model.addAttribute("waiting", triage.counts(user).get(RequestStatus.SUBMITTED.name()));
			model.addAttribute("overdue", triage.count(user,
					new TriageFilter(RequestStatus.SUBMITTED, null, null, null, false, false, true, false, null)));
			model.addAttribute("escalatedRequests", triage.count(user,
					new TriageFilter(RequestStatus.SUBMITTED, null, null, null, false, false, false, true, null)));
			model.addAttribute("escalatedCases", chasing.escalatedCount(user));
		}
		return VIEW_START;
	}

}
