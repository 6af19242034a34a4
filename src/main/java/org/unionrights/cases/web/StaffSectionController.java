package org.unionrights.cases.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseChasing;
import org.unionrights.cases.CaseLifecycle;
import org.unionrights.cases.CaseService;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * Staff's section of a case: handing it to another lawyer, chasing it, escalating it to the
 * city, and recording the follow-up a poor rating called for. Staff only; lawyers get 403.
 */
@Controller
@StaffOnly
@RequestMapping("/cases/{caseNo}")
class StaffSectionController {

	private final CaseService cases;

	private final CaseLifecycle lifecycle;

	private final CaseChasing chasing;

	private final CasePage page;

	StaffSectionController(CaseService cases, CaseLifecycle lifecycle, CaseChasing chasing, CasePage page) {
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.chasing = chasing;
		this.page = page;
	}

	@PostMapping("/assignment")
	String reassign(@PathVariable String caseNo, @Valid @ModelAttribute("reassignForm") ReassignForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				new CasePage.Versioned(form, response, "reassignConflict"), "assignment",
				() -> lifecycle.reassign(user, caseNo, form.getVersion(), form.chosen().teamId(),
						form.chosen().lawyerAccountId()),
				null, "case.reassigned");
	}

	@PostMapping("/chase")
	String chase(@PathVariable String caseNo, @Valid @ModelAttribute("chaseForm") ReasonForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> chasing.chase(user, caseNo, form.getReason()), null, "case.chasedNow");
	}

	/** Escalate the case to city staff, with its own reason (not the chase's words to the lawyer). */
	@PostMapping("/escalate")
	String escalate(@PathVariable String caseNo, @Valid @ModelAttribute("escalateForm") ReasonForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> chasing.escalate(user, caseNo, form.getReason()), null, "case.escalatedNow");
	}

	@PostMapping("/follow-up")
	String followUp(@PathVariable String caseNo, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (note.isBlank() || note.length() > 1000) {
			cases.view(user, caseNo);
			Flash.error(redirect, "case.followUp.noteRequired");
			return "redirect:/cases/" + caseNo;
		}
		try {
			lifecycle.recordFollowUp(user, caseNo, note);
			Flash.success(redirect, "case.followUp.recorded");
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return "redirect:/cases/" + caseNo;
	}

}
