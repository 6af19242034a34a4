package org.unionrights.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.AttachmentView;
import org.unionrights.cases.CaseChasing;
import org.unionrights.cases.CaseHandling;
import org.unionrights.cases.CaseNotFoundException;
import org.unionrights.cases.CaseService;
import org.unionrights.cases.EntryKind;
import org.unionrights.cases.PaymentView;
import org.unionrights.cases.WageLedger;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.security.PortalUser;

/**
 * The work recorded on a case: track steps, contacts, notes and public replies, payments and
 * advances (and voiding a wrong one, after a confirmation), documents, and chasing. A refused form
 * comes back on the case page with what was typed.
 */
@Controller
@RequestMapping("/cases/{caseNo}")
class CaseWorkController {

	static final String VIEW_VOID = "cases/void-payment";

	static final String VIEW_VOID_STEP = "cases/void-step";

	private final CaseService cases;

	private final CaseHandling handling;

	private final WageLedger ledger;

	private final CaseChasing chasing;

	private final CasePage page;

	CaseWorkController(CaseService cases, CaseHandling handling, WageLedger ledger, CaseChasing chasing, CasePage page) {
		this.cases = cases;
		this.handling = handling;
		this.ledger = ledger;
		this.chasing = chasing;
		this.page = page;
	}

	@PostMapping("/steps")
	String step(@PathVariable String caseNo, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> handling.recordStep(user, caseNo, form.getStep(), form.getStepDate(), form.getStepNote()),
				"tracks-heading", "step.recorded");
	}

	@PostMapping("/contacts")
	String contact(@PathVariable String caseNo, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> handling.recordContact(user, caseNo, form.getChannel(), form.getParty(), form.getContactDate(),
						form.getSummary()),
				"log-heading", "contact.recorded");
	}

	@PostMapping("/entries")
	String entry(@PathVariable String caseNo, @Valid @ModelAttribute("entryForm") EntryForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (form.getEntryKind() == EntryKind.CONTACT) {
			result.rejectValue("entryKind", "typeMismatch");
		}
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> handling.write(user, caseNo, form.getEntryKind(), form.getText()), "log-heading",
				form.getEntryKind() == EntryKind.NOTE ? "entry.noted" : "entry.replied");
	}

	@PostMapping("/payments")
	String payment(@PathVariable String caseNo, @Valid @ModelAttribute("paymentForm") PaymentForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> ledger.record(user, caseNo, form.getPaymentKind(), form.getPaidOn(), form.getAmount(),
						form.getPayer(), form.getWorkerName(), form.getPaymentNote()),
				"ledger-heading", "payment.recorded", form.getAmount() == null ? "" : form.getAmount().toPlainString());
	}

	/** Voiding a ledger line asks first, showing the line. */
	@GetMapping("/payments/{id}/void")
	String confirmVoid(@PathVariable String caseNo, @PathVariable long id, @AuthenticationPrincipal PortalUser user,
			Model model) {
		model.addAttribute("voidForm", new ReasonForm());
		return voidPage(caseNo, id, user, model);
	}

	@PostMapping("/payments/{id}/void")
	String voidLine(@PathVariable String caseNo, @PathVariable long id,
			@Valid @ModelAttribute("voidForm") ReasonForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return confirmed(caseNo, result, redirect, () -> ledger.voidLine(user, caseNo, id, form.getReason()),
				"payment.voided", "ledger-heading", () -> voidPage(caseNo, id, user, model));
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
		return confirmed(caseNo, result, redirect, () -> handling.voidStep(user, caseNo, id, form.getReason()),
				"step.voided", "tracks-heading", () -> stepVoidPage(caseNo, id, user, model));
	}

	/** A confirmation page's form: done, back to the case's section; refused, the confirmation again. */
	private static String confirmed(String caseNo, BindingResult result, RedirectAttributes redirect, Runnable action,
			String flashCode, String anchor, java.util.function.Supplier<String> again) {
		if (!result.hasErrors()) {
			try {
				action.run();
				Flash.success(redirect, flashCode);
				return "redirect:/cases/" + caseNo + "#" + anchor;
			}
			catch (RuleViolationException ex) {
				if (CasePage.formGone(ex, redirect)) {
					return "redirect:/cases/" + caseNo;
				}
				FormErrors.reject(result, ex);
			}
		}
		return again.get();
	}

	@PostMapping("/attachments")
	String attach(@PathVariable String caseNo, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		cases.view(user, caseNo);
		try {
			AttachmentView added = handling.attach(user, caseNo, file);
			Flash.success(redirect, "attachment.added", added.name());
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return "redirect:/cases/" + caseNo + "#attachments-heading";
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String caseNo, @PathVariable long id,
			@AuthenticationPrincipal PortalUser user) throws IOException {
		AttachmentView attachment = handling.attachment(user, caseNo, id)
			.orElseThrow(() -> new CaseNotFoundException(caseNo));
		InputStream content = handling.open(user, caseNo, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(content));
	}

	@PostMapping("/chase")
	String chase(@PathVariable String caseNo, @Valid @ModelAttribute("chaseForm") ReasonForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> chasing.chase(user, caseNo, form.getReason()), null, "case.chasedNow");
	}

	/** The same form's other button: escalate the case to city staff. */
	@PostMapping("/escalate")
	String escalate(@PathVariable String caseNo, @Valid @ModelAttribute("chaseForm") ReasonForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> chasing.escalate(user, caseNo, form.getReason()), null, "case.escalatedNow");
	}

	private String stepVoidPage(String caseNo, long id, PortalUser user, Model model) {
		CaseHandling.Records records = handling.records(user, caseNo);
		model.addAttribute("activeMenu", "cases");
		model.addAttribute("legalCase", cases.view(user, caseNo));
		model.addAttribute("step", records.step(id).orElseThrow(() -> new CaseNotFoundException(caseNo)));
		model.addAttribute("voidable", records.voidable().contains(id));
		return VIEW_VOID_STEP;
	}

	private String voidPage(String caseNo, long id, PortalUser user, Model model) {
		PaymentView line = ledger.caseLedger(user, caseNo)
			.lines()
			.stream()
			.filter(payment -> payment.id() == id)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(caseNo));
		model.addAttribute("activeMenu", "cases");
		model.addAttribute("legalCase", cases.view(user, caseNo));
		model.addAttribute("line", line);
		return VIEW_VOID;
	}

}
