package org.unionrights.cases.web;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseClocks;
import org.unionrights.cases.CaseFilter;
import org.unionrights.cases.CaseService;
import org.unionrights.cases.CaseView;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.common.web.Htmx;
import org.unionrights.common.web.PageLimits;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.intake.RequestCategory;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;
import org.unionrights.teams.TeamView;

/**
 * The cases a user may see, and accepting a request as a case (staff). The list's filters travel
 * in the address; where JavaScript runs, changing one refreshes the results in place (htmx).
 */
@Controller
@RequestMapping("/cases")
class CaseListController {

	static final String VIEW_LIST = "cases/list";

	static final String VIEW_RESULTS = "cases/list :: results";

	static final String VIEW_NEW = "cases/new";

	private final CaseService cases;

	private final CaseClocks clocks;

	private final CountyDirectory counties;

	CaseListController(CaseService cases, CaseClocks clocks, CountyDirectory counties) {
		this.cases = cases;
		this.clocks = clocks;
		this.counties = counties;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "cases");
	}

	@GetMapping
	String list(@ModelAttribute("filter") CaseFilterForm filter, BindingResult ignoredBadValues,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		var result = cases.list(user, filter.toFilter(), PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE));
		model.addAttribute("page", result);
		model.addAttribute("flag", filter.chosenFlag());
		model.addAttribute("flags", Arrays.asList(CaseFilter.Flag.values()));
		model.addAttribute("categories", Arrays.asList(RequestCategory.values()));
		model.addAttribute("pageUrl", filter.query("/cases"));
		model.addAttribute("csvUrl", filter.query("/cases/export.csv"));
		model.addAttribute("xlsxUrl", filter.query("/cases/export.xlsx"));
		model.addAttribute("cityWide", user.scope().isWholeCity());
		model.addAttribute("counties", counties.active());
		List<TeamView> teams = cases.teamsToFilter(user);
		model.addAttribute("teams", teams);
		model.addAttribute("lawyers", teams.stream().flatMap(team -> team.members().stream())
			.collect(Collectors.toMap(TeamView.Member::accountId, TeamView.Member::displayName, (a, b) -> a, TreeMap::new)));
		model.addAttribute("alerts", clocks.alerts(result.map(CaseView::caseNo).getContent()));
		model.addAttribute("countyNames", counties.byId());
		return Htmx.wantsPart(request, response) ? VIEW_RESULTS : VIEW_LIST;
	}

	@StaffOnly
	@GetMapping("/new")
	String showNew(@RequestParam("request") String trackingNo, @AuthenticationPrincipal PortalUser user, Model model) {
		OpenCaseForm form = new OpenCaseForm();
		form.setRequest(trackingNo);
		model.addAttribute("form", form);
		return newPage(user, trackingNo, model);
	}

	@StaffOnly
	@PostMapping
	String open(@Valid @ModelAttribute("form") OpenCaseForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				String caseNo = cases.open(user, form.getRequest(), form.chosen().teamId(), form.chosen().lawyerAccountId());
				Flash.success(redirect, "case.opened.flash", caseNo);
				return "redirect:/cases/" + caseNo;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex.getField() == null ? ex : new RuleViolationException("assignment", ex.getCode()));
			}
		}
		return newPage(user, form.getRequest(), model);
	}

	private String newPage(PortalUser user, String trackingNo, Model model) {
		model.addAttribute("teams", cases.teamsFor(user, trackingNo));
		return VIEW_NEW;
	}

}
