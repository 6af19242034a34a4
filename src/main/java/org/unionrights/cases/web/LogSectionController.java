package org.unionrights.cases.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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
import org.unionrights.cases.CaseHandling;
import org.unionrights.cases.EntryKind;
import org.unionrights.security.PortalUser;

/**
 * The contact log section of a case: contacts with the worker, the employer or an authority;
 * notes for colleagues; replies the worker sees. Where JavaScript runs, the section answers in
 * place (htmx); otherwise the page comes back as after any other form.
 */
@Controller
@RequestMapping("/cases/{caseNo}")
class LogSectionController {

	private final CaseHandling handling;

	private final CasePage page;

	LogSectionController(CaseHandling handling, CasePage page) {
		this.handling = handling;
		this.page = page;
	}

	@PostMapping("/contacts")
	String contact(@PathVariable String caseNo, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return page.submitToLog(new CasePage.Sent(caseNo, result, user, model, locale, redirect), request, response,
				() -> handling.recordContact(user, caseNo, form.getChannel(), form.getParty(), form.getContactDate(),
						form.getSummary()),
				"contact.recorded");
	}

	@PostMapping("/entries")
	String entry(@PathVariable String caseNo, @Valid @ModelAttribute("entryForm") EntryForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (form.getEntryKind() == EntryKind.CONTACT) {
			result.rejectValue("entryKind", "typeMismatch");
		}
		return page.submitToLog(new CasePage.Sent(caseNo, result, user, model, locale, redirect), request, response,
				() -> handling.write(user, caseNo, form.getEntryKind(), form.getText()),
				form.getEntryKind() == EntryKind.NOTE ? "entry.noted" : "entry.replied");
	}

}
