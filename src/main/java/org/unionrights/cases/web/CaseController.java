package org.unionrights.cases.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseClocks;
import org.unionrights.cases.CaseOutcome;
import org.unionrights.cases.CaseService;
import org.unionrights.cases.CaseView;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.common.web.PageLimits;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;
import org.unionrights.security.PortalUser;

/**
 * Cases: staff accept a request and assign it; the lawyer (or staff) close it with an outcome.
 * Lists and pages show only what the user may see.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

	static final String VIEW_LIST = "cases/list";

	static final String VIEW_NEW = "cases/new";

	static final String VIEW_CASE = "cases/case";

	private final CaseService cases;

	private final CountyDirectory counties;

	private final CaseClocks clocks;

	CaseController(CaseService cases, CountyDirectory counties, CaseClocks clocks) {
		this.cases = cases;
		this.counties = counties;
		this.clocks = clocks;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "cases");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser user, Model model) {
		var result = cases.list(user, PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE));
		model.addAttribute("page", result);
		model.addAttribute("alerts", clocks.alerts(result.map(CaseView::caseNo).getContent()));
		model.addAttribute("countyNames", counties.byId());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String showNew(@RequestParam("request") String trackingNo, @AuthenticationPrincipal PortalUser user, Model model) {
		OpenCaseForm form = new OpenCaseForm();
		form.setRequest(trackingNo);
		model.addAttribute("form", form);
		return newPage(user, trackingNo, model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("form") OpenCaseForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				String caseNo = cases.open(user, form.getRequest(), form.teamId(), form.lawyerAccountId());
				Flash.success(redirect, "case.opened.flash", caseNo);
				return "redirect:/cases/" + caseNo;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex.getField() == null ? ex : new RuleViolationException("assignment", ex.getCode()));
			}
		}
		return newPage(user, form.getRequest(), model);
	}

	@GetMapping("/{caseNo}")
	String show(@PathVariable String caseNo, @AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		CaseView view = cases.view(user, caseNo);
		CloseCaseForm form = new CloseCaseForm();
		form.setVersion(view.version());
		model.addAttribute("closeForm", form);
		model.addAttribute("clockForm", new ClockEventForm());
		return casePage(view, user, model, locale);
	}

	@PostMapping("/{caseNo}/clocks")
	String recordClockEvent(@PathVariable String caseNo, @Valid @ModelAttribute("clockForm") ClockEventForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		CaseView view = cases.view(user, caseNo);
		if (!result.hasErrors()) {
			try {
				clocks.record(user, caseNo, form.getRule(), form.getKind(), form.getDate(), form.getNote());
				Flash.success(redirect, "clock.recorded");
				return "redirect:/cases/" + caseNo;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		CloseCaseForm closeForm = new CloseCaseForm();
		closeForm.setVersion(view.version());
		model.addAttribute("closeForm", closeForm);
		return casePage(view, user, model, locale);
	}

	@PostMapping("/{caseNo}/close")
	String close(@PathVariable String caseNo, @Valid @ModelAttribute("closeForm") CloseCaseForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		CaseView view = cases.view(user, caseNo);
		if (!result.hasErrors()) {
			try {
				cases.close(user, caseNo, form.getVersion(), form.getOutcome(), form.getNote());
				Flash.success(redirect, "case.closedNow", caseNo);
				return "redirect:/cases/" + caseNo;
			}
			catch (RuleViolationException ex) {
				// Closed meanwhile, or changed since the form was opened: say so on the case page.
				Flash.error(redirect, ex.getCode());
				return "redirect:/cases/" + caseNo;
			}
		}
		model.addAttribute("clockForm", new ClockEventForm());
		return casePage(view, user, model, locale);
	}

	@PostMapping("/{caseNo}/follow-up")
	String followUp(@PathVariable String caseNo, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (note.isBlank() || note.length() > 1000) {
			cases.view(user, caseNo);
			Flash.error(redirect, "case.followUp.noteRequired");
			return "redirect:/cases/" + caseNo;
		}
		try {
			cases.recordFollowUp(user, caseNo, note);
			Flash.success(redirect, "case.followUp.recorded");
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return "redirect:/cases/" + caseNo;
	}

	private String newPage(PortalUser user, String trackingNo, Model model) {
		model.addAttribute("teams", cases.teamsFor(user, trackingNo));
		return VIEW_NEW;
	}

	private String casePage(CaseView view, PortalUser user, Model model, Locale locale) {
		model.addAttribute("legalCase", view);
		CaseClocks.Summary summary = clocks.summary(user, view.caseNo());
		model.addAttribute("readings", summary.readings());
		model.addAttribute("clockEvents", summary.events());
		model.addAttribute("rules", Arrays.asList(ClockRule.values()));
		model.addAttribute("eventKinds", Arrays.asList(ClockEvent.Kind.values()));
		model.addAttribute("countyName", counties.find(view.countyId()).map(c -> c.name(locale)).orElse(""));
		model.addAttribute("outcomes", Arrays.asList(CaseOutcome.values()));
		return VIEW_CASE;
	}

}
