package org.unionrights.intake.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.files.FileDownloads;
import org.unionrights.intake.RequestNotFoundException;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.KeptForm;
import org.unionrights.security.PortalUser;

/**
 * A request at triage: read it, reveal the contact numbers (logged), answer the worker, note
 * for colleagues, decline with a reason or refer elsewhere, open the evidence.
 */
@Controller
@RequestMapping("/triage/requests/{trackingNo}")
class StaffRequestController {

	private final StaffRequests requests;

	private final StaffRequestPage page;

	StaffRequestController(StaffRequests requests, StaffRequestPage page) {
		this.requests = requests;
		this.page = page;
	}

	@GetMapping
	String show(@PathVariable String trackingNo, @AuthenticationPrincipal PortalUser user, Model model,
			Locale locale, jakarta.servlet.http.HttpServletRequest request) {
		return page.renderKept(KeptForm.take(request, "/triage/requests/" + trackingNo), trackingNo, user, model, locale);
	}

	@PostMapping("/reveal")
	String reveal(@PathVariable String trackingNo, @AuthenticationPrincipal PortalUser user, Model model,
			Locale locale) {
		model.addAttribute("contact", requests.reveal(user, trackingNo));
		return page.render(trackingNo, user, model, locale, null, null, null);
	}

	@PostMapping("/reply")
	String reply(@PathVariable String trackingNo, @Valid StaffTextForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		return act("reply", trackingNo, form, result, user, model, locale, redirect, "triage.replied",
				() -> requests.reply(user, trackingNo, form.getText()));
	}

	@PostMapping("/note")
	String note(@PathVariable String trackingNo, @Valid StaffTextForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		return act("note", trackingNo, form, result, user, model, locale, redirect, "triage.noted",
				() -> requests.note(user, trackingNo, form.getText()));
	}

	@PostMapping("/decline")
	String decline(@PathVariable String trackingNo, @Valid StaffTextForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		return act("decline", trackingNo, form, result, user, model, locale, redirect, "triage.declined",
				() -> requests.decline(user, trackingNo, form.getText()));
	}

	@PostMapping("/refer")
	String refer(@PathVariable String trackingNo, @Valid StaffTextForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (form.getBody() == null || form.getBody().isBlank()) {
			result.rejectValue("body", "validation.required");
		}
		return act("refer", trackingNo, form, result, user, model, locale, redirect, "triage.referred",
				() -> requests.refer(user, trackingNo, form.getBody(), form.getText()));
	}

	/**
	 * A triage form: shown again with its error and text when wrong; otherwise the action, a
	 * message (or the lifecycle's refusal), and back to the request.
	 */
	private String act(String name, String trackingNo, StaffTextForm form, BindingResult result, PortalUser user,
			Model model, Locale locale, RedirectAttributes redirect, String doneCode, Runnable action) {
		if (result.hasErrors()) {
			return page.render(trackingNo, user, model, locale, name, form, result);
		}
		try {
			action.run();
			Flash.success(redirect, doneCode);
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone (or a second click) changed the request at the same moment: nothing was saved.
			Flash.error(redirect, "request.status.illegal");
		}
		return "redirect:/triage/requests/" + trackingNo;
	}

	@PostMapping("/merge")
	String merge(@PathVariable String trackingNo, StaffTextForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (form.getBody() == null || form.getBody().isBlank()) {
			result.rejectValue("body", "validation.required");
			return page.render(trackingNo, user, model, locale, "merge", form, result);
		}
		try {
			requests.merge(user, trackingNo, form.getBody());
			Flash.success(redirect, "triage.merged");
			return "redirect:/triage/requests/" + trackingNo;
		}
		catch (RuleViolationException ex) {
			if (ex.getField() == null) {
				// The request moved on meanwhile (a colleague, a double click): say so on the page.
				Flash.error(redirect, ex.getCode());
				return "redirect:/triage/requests/" + trackingNo;
			}
			FormErrors.reject(result, ex);
			return page.render(trackingNo, user, model, locale, "merge", form, result);
		}
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<InputStreamResource> evidence(@PathVariable String trackingNo, @PathVariable long id,
			@AuthenticationPrincipal PortalUser user) throws IOException {
		StaffRequests.EvidenceFile file = requests.evidence(user, trackingNo, id)
			.orElseThrow(() -> new RequestNotFoundException(trackingNo));
		return FileDownloads.of(file.view(), requests.open(file));
	}

}
