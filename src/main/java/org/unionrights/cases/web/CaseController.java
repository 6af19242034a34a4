package org.unionrights.cases.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
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
import org.unionrights.cases.CaseService;
import org.unionrights.cases.CaseView;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.common.web.PageLimits;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.security.PortalUser;

/**
 * Cases: the list, accepting a request as a case, and the case's own lifecycle on its page:
 * amounts, assignment, legal clocks, closing, reopening, follow-up and history. The work recorded
 * on a case is in {@link CaseWorkController}. Pages show only what the user may see.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

	static final String VIEW_LIST = "cases/list";

	static final String VIEW_NEW = "cases/new";

	static final String VIEW_HISTORY = "cases/history";

	private final CaseService cases;

	private final CountyDirectory counties;

	private final CaseClocks clocks;

	private final CasePage page;

	CaseController(CaseService cases, CountyDirectory counties, CaseClocks clocks, CasePage page) {
		this.cases = cases;
		this.counties = counties;
		this.clocks = clocks;
		this.page = page;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "cases");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String flag,
			@AuthenticationPrincipal PortalUser user, Model model) {
		CaseService.Flag chosen = parse(flag);
		var result = cases.list(user, chosen, PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE));
		model.addAttribute("page", result);
		model.addAttribute("flag", chosen);
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

	@GetMapping("/{caseNo}")
	String show(@PathVariable String caseNo, @AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		return page.render(user, caseNo, model, locale);
	}

	@GetMapping("/{caseNo}/history")
	String history(@PathVariable String caseNo, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("legalCase", cases.view(user, caseNo));
		model.addAttribute("page", cases.history(user, caseNo, PageRequest.of(PageLimits.page(page), 50)));
		return VIEW_HISTORY;
	}

	@PostMapping("/{caseNo}/clocks")
	String recordClockEvent(@PathVariable String caseNo, @Valid @ModelAttribute("clockForm") ClockEventForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> clocks.record(user, caseNo, form.getRule(), form.getKind(), form.getDate(), form.getNote()),
				"clocks-heading", "clock.recorded");
	}

	@PostMapping("/{caseNo}/amounts")
	String amounts(@PathVariable String caseNo, @Valid @ModelAttribute("amountsForm") AmountsForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect), form, response,
				"amountsConflict", null,
				() -> cases.changeAmounts(user, caseNo, form.getVersion(), form.getAmountClaimed(), form.getAmountAgreed()),
				"ledger-heading", "ledger.amounts.saved");
	}

	@PostMapping("/{caseNo}/assignment")
	String reassign(@PathVariable String caseNo, @Valid @ModelAttribute("reassignForm") ReassignForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect), form, response,
				"reassignConflict", "assignment",
				() -> cases.reassign(user, caseNo, form.getVersion(), form.chosen().teamId(),
						form.chosen().lawyerAccountId()), null,
				"case.reassigned");
	}

	@PostMapping("/{caseNo}/close")
	String close(@PathVariable String caseNo, @Valid @ModelAttribute("closeForm") CloseCaseForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect), form, response,
				"closeConflict", null,
				() -> cases.close(user, caseNo, form.getVersion(), form.getOutcome(), form.getNote()), null,
				"case.closedNow", caseNo);
	}

	@PostMapping("/{caseNo}/reopen")
	String reopen(@PathVariable String caseNo, @Valid @ModelAttribute("reopenForm") ReopenForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect), form, response,
				"reopenConflict", null, () -> cases.reopen(user, caseNo, form.getVersion(), form.getReason()), null,
				"case.reopened", caseNo);
	}

	/** The worker's full mobile and ID number, for whoever handles the case; audited. */
	@PostMapping("/{caseNo}/reveal")
	String reveal(@PathVariable String caseNo, @AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("contact", cases.revealContact(user, caseNo));
		return page.render(user, caseNo, model, locale);
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

	private static CaseService.Flag parse(String flag) {
		if (flag == null || flag.isBlank()) {
			return null;
		}
		try {
			return CaseService.Flag.valueOf(flag.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null; // a filter that does not fit is ignored, as in the triage queue
		}
	}

	private String newPage(PortalUser user, String trackingNo, Model model) {
		model.addAttribute("teams", cases.teamsFor(user, trackingNo));
		return VIEW_NEW;
	}

}
