package org.unionrights.cases.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
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
import org.unionrights.cases.CaseNotFoundException;
import org.unionrights.cases.CaseService;
import org.unionrights.cases.CaseLifecycle;
import org.unionrights.cases.PaymentView;
import org.unionrights.cases.WageLedger;
import org.unionrights.security.PortalUser;

/**
 * The wage ledger section of a case: payments and advances recorded, a wrong line voided after a
 * confirmation, the amounts claimed and agreed corrected (with the version the form was opened at).
 */
@Controller
@RequestMapping("/cases/{caseNo}")
class LedgerSectionController {

	static final String VIEW_VOID = "cases/void-payment";

	private static final String SECTION = "ledger-heading";

	private final CaseService cases;

	private final CaseLifecycle lifecycle;

	private final WageLedger ledger;

	private final CasePage page;

	LedgerSectionController(CaseService cases, CaseLifecycle lifecycle, WageLedger ledger, CasePage page) {
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.ledger = ledger;
		this.page = page;
	}

	@PostMapping("/payments")
	String payment(@PathVariable String caseNo, @Valid @ModelAttribute("paymentForm") PaymentForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				() -> ledger.record(user, caseNo, form.payment()),
				SECTION, "payment.recorded", form.getAmount() == null ? "" : form.getAmount().toPlainString());
	}

	@PostMapping("/amounts")
	String amounts(@PathVariable String caseNo, @Valid @ModelAttribute("amountsForm") AmountsForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return page.submit(new CasePage.Sent(caseNo, result, user, model, locale, redirect),
				new CasePage.Versioned(form, response, "amountsConflict"), null,
				() -> lifecycle.changeAmounts(user, caseNo, form.getVersion(), form.getAmountClaimed(),
						form.getAmountAgreed()),
				SECTION, "ledger.amounts.saved");
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
		return page.confirmed(caseNo, result, redirect, () -> ledger.voidLine(user, caseNo, id, form.getReason()),
				"payment.voided", SECTION, () -> voidPage(caseNo, id, user, model));
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
