package org.unionrights.cases.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseClocks;
import org.unionrights.cases.CaseHandling;
import org.unionrights.cases.CaseNotFoundException;
import org.unionrights.cases.CaseService;
import org.unionrights.security.PortalUser;

/**
 * The tracks and clocks section of a case: a step of a track recorded (it drives the legal clocks
 * it belongs to), a wrong step voided after a confirmation, a clock's event recorded by hand.
 */
@Controller
@RequestMapping("/cases/{caseNo}")
class TracksSectionController {

	static final String VIEW_VOID_STEP = "cases/void-step";

	private static final String SECTION = "tracks-heading";

	private final CaseService cases;

	private final CaseHandling handling;

	private final CaseClocks clocks;

	private final CasePage page;

	TracksSectionController(CaseService cases, CaseHandling handling, CaseClocks clocks, CasePage page) {
		this.cases = cases;
		this.handling = handling;
		this.clocks = clocks;
		this.page = page;
	}

	@PostMapping("/steps")
	String step(@PathVariable String caseNo, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> handling.recordStep(user, caseNo, form.getStep(), form.getStepDate(), form.getStepNote()),
				SECTION, "step.recorded");
	}

	@PostMapping("/clocks")
	String recordClockEvent(@PathVariable String caseNo, @Valid @ModelAttribute("clockForm") ClockEventForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> clocks.record(user, caseNo, form.getRule(), form.event(), form.getNote()),
				"clocks-heading", "clock.recorded");
	}

	/** Voiding a step asks first, showing the step. */
	@GetMapping("/steps/{id}/void")
	String confirmStepVoid(@PathVariable String caseNo, @PathVariable long id, @AuthenticationPrincipal PortalUser user,
			Model model) {
		model.addAttribute("voidForm", new ReasonForm());
		return stepVoidPage(caseNo, id, user, model);
	}

	@PostMapping("/steps/{id}/void")
	String voidStep(@PathVariable String caseNo, @PathVariable long id,
			@Valid @ModelAttribute("voidForm") ReasonForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return page.confirmed(caseNo, result, redirect, () -> handling.voidStep(user, caseNo, id, form.getReason()),
				"step.voided", SECTION, () -> stepVoidPage(caseNo, id, user, model));
	}

	private String stepVoidPage(String caseNo, long id, PortalUser user, Model model) {
		CaseHandling.Tracks tracks = handling.tracks(user, caseNo);
		model.addAttribute("activeMenu", "cases");
		model.addAttribute("legalCase", cases.view(user, caseNo));
		model.addAttribute("step", tracks.step(id).orElseThrow(() -> new CaseNotFoundException(caseNo)));
		model.addAttribute("voidable", tracks.voidable().contains(id));
		return VIEW_VOID_STEP;
	}

}
