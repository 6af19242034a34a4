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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseLifecycle;
import org.unionrights.security.CityStaffOnly;
import org.unionrights.security.PortalUser;

/**
 * The closing section of a case: closing it with its outcome (its lawyer or staff), reopening a
 * closed one (city staff only, with a reason the worker sees). Both carry the case's version.
 */
@Controller
@RequestMapping("/cases/{caseNo}")
class ClosingSectionController {

	private final CaseLifecycle lifecycle;

	private final CasePage page;

	ClosingSectionController(CaseLifecycle lifecycle, CasePage page) {
		this.lifecycle = lifecycle;
		this.page = page;
	}

	@PostMapping("/close")
	String close(@PathVariable String caseNo, @Valid @ModelAttribute("closeForm") CloseCaseForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				new CasePage.Versioned(form, response, "closeConflict"), null,
				() -> lifecycle.close(user, caseNo, form.getVersion(), form.getOutcome(), form.getNote()), null,
				"case.closedNow", caseNo);
	}

	@CityStaffOnly
	@PostMapping("/reopen")
	String reopen(@PathVariable String caseNo, @Valid @ModelAttribute("reopenForm") ReopenForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				new CasePage.Versioned(form, response, "reopenConflict"), null,
				() -> lifecycle.reopen(user, caseNo, form.getVersion(), form.getReason()), null, "case.reopened",
				caseNo);
	}

}
