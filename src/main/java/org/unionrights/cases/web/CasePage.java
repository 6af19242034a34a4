package org.unionrights.cases.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseClocks;
import org.unionrights.cases.CaseDocuments;
import org.unionrights.cases.CaseHandling;
import org.unionrights.cases.CaseLifecycle;
import org.unionrights.cases.CaseOutcome;
import org.unionrights.cases.CaseService;
import org.unionrights.cases.CaseView;
import org.unionrights.cases.ContactChannel;
import org.unionrights.cases.ContactParty;
import org.unionrights.cases.EntryKind;
import org.unionrights.cases.PaymentKind;
import org.unionrights.cases.TrackStep;
import org.unionrights.cases.WageLedger;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.common.web.Htmx;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;
import org.unionrights.security.PortalUser;

/**
 * The case page for the controllers of its sections: the whole page (cases/case.html and its
 * sections), on a first visit with empty forms, after a refused form with that form (its input
 * and errors) kept and the others empty; and the contact log alone, for its forms answering in
 * place. Every form of the page ends here, in one of the ways {@link #submit} describes.
 */
@Component
class CasePage {

	static final String VIEW = "cases/case";

	static final String LOG_SECTION = "cases/sections/log :: section";

	static final String PRINT = "cases/print";

	/** How many lines of the case's history the page shows; the rest are on the history page. */
	static final int HISTORY_LINES = 15;

	private final CaseService cases;

	private final CaseLifecycle lifecycle;

	private final CaseHandling handling;

	private final CaseDocuments documents;

	private final WageLedger ledger;

	private final CaseClocks clocks;

	private final CountyDirectory counties;

	CasePage(CaseService cases, CaseLifecycle lifecycle, CaseHandling handling, CaseDocuments documents,
			WageLedger ledger, CaseClocks clocks, CountyDirectory counties) {
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.handling = handling;
		this.documents = documents;
		this.ledger = ledger;
		this.clocks = clocks;
		this.counties = counties;
	}

	/** One read-only transaction for the whole page: the case is read once, whichever service asks. */
	@Transactional(readOnly = true)
	public String render(PortalUser user, String caseNo, Model model, Locale locale) {
		CaseView view = cases.view(user, caseNo);
		model.addAttribute("activeMenu", "cases");
		model.addAttribute("legalCase", view);
		var request = cases.request(user, caseNo);
		model.addAttribute("request", request);
		// The case keeps the key of its employer as accepted; its registry page finds it by that.
		model.addAttribute("employerKey", request.employerKey());
		model.addAttribute("ledger", ledger.caseLedger(user, caseNo, request));
		model.addAttribute("tracks", handling.tracks(user, caseNo));
		addLog(user, caseNo, model);
		model.addAttribute("documents", documents.list(user, caseNo));
		CaseClocks.Summary summary = clocks.summary(user, caseNo);
		model.addAttribute("readings", summary.readings());
		model.addAttribute("clockEvents", summary.events());
		model.addAttribute("history", cases.history(user, caseNo, PageRequest.of(0, HISTORY_LINES)));
		model.addAttribute("countyName", counties.find(view.countyId()).map(c -> c.name(locale)).orElse(""));
		if (view.open()) {
			model.addAttribute("teams", lifecycle.teamsFor(user, caseNo));
		}
		model.addAttribute("rules", ClockRule.caseRules());
		model.addAttribute("eventKinds", Arrays.asList(ClockEvent.Kind.values()));
		model.addAttribute("outcomes", Arrays.asList(CaseOutcome.values()));
		model.addAttribute("steps", Arrays.asList(TrackStep.values()));
		model.addAttribute("paymentKinds", Arrays.asList(PaymentKind.values()));
		CaseForms.addEmpty(view, model);
		return VIEW;
	}

	/**
	 * The print view: parties, claim, steps, clocks, ledger per worker and outcome, with who
	 * printed it and when (the audit log records it).
	 */
	@Transactional(readOnly = true)
	public String renderPrint(PortalUser user, String caseNo, Model model, Locale locale) {
		CaseView view = cases.view(user, caseNo);
		model.addAttribute("legalCase", view);
		var request = cases.request(user, caseNo);
		model.addAttribute("request", request);
		model.addAttribute("ledger", ledger.caseLedger(user, caseNo, request));
		model.addAttribute("tracks", handling.tracks(user, caseNo));
		model.addAttribute("readings", clocks.summary(user, caseNo).readings());
		model.addAttribute("countyName", counties.find(view.countyId()).map(c -> c.name(locale)).orElse(""));
		model.addAttribute("printedBy", user.getDisplayName());
		return PRINT;
	}

	/** The contact log section alone, as its forms answer in place. */
	@Transactional(readOnly = true)
	public String renderLog(PortalUser user, String caseNo, Model model) {
		model.addAttribute("legalCase", cases.view(user, caseNo));
		addLog(user, caseNo, model);
		return LOG_SECTION;
	}

	private void addLog(PortalUser user, String caseNo, Model model) {
		model.addAttribute("log", handling.log(user, caseNo));
		model.addAttribute("channels", Arrays.asList(ContactChannel.values()));
		model.addAttribute("parties", Arrays.asList(ContactParty.values()));
		model.addAttribute("entryKinds", List.of(EntryKind.NOTE, EntryKind.PUBLIC_REPLY));
		CaseForms.addIfAbsent(model, "contactForm", new ContactForm());
		CaseForms.addIfAbsent(model, "entryForm", new EntryForm());
	}

	/** A form sent from the case page, with what answering it needs. */
	record Sent(String caseNo, BindingResult result, PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
	}

	/**
	 * A form that carries the case's version: a save after someone else's answers 409, shows the
	 * conflict ({@code conflictAttribute}, read by the form's section) and puts the current version
	 * in the form, keeping what was typed.
	 */
	record Versioned(VersionedForm form, HttpServletResponse response, String conflictAttribute) {

		void conflict(Model model, long currentVersion) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute(conflictAttribute, true);
			form.setVersion(currentVersion);
		}

	}

	/**
	 * The end every form of the case page shares: done, a flash and back to its section
	 * ({@code anchor}, or the top when {@code null}); refused by a rule, the page again with the
	 * error beside the field and what was typed; sent to a case closed (or reopened) meanwhile, the
	 * refusal at the top of the page, since its form is no longer there.
	 */
	String submit(Sent sent, Runnable action, String anchor, String flashCode, Object... flashArgs) {
		return submit(sent, null, null, action, anchor, flashCode, flashArgs);
	}

	/**
	 * The same for a form that carries the case's version: a stale one answers 409, with
	 * {@code conflictAttribute} set for the page, what was typed kept and the current version in
	 * the form. {@code field}, when given, is where a rule's refusal is shown.
	 */
	String submit(Sent sent, Versioned versioned, String field, Runnable action, String anchor, String flashCode,
			Object... flashArgs) {
		String top = "redirect:/cases/" + sent.caseNo();
		if (!sent.result().hasErrors()) {
			try {
				action.run();
				Flash.success(sent.redirect(), flashCode, flashArgs);
				return anchor == null ? top : top + "#" + anchor;
			}
			catch (StaleEditException ex) {
				versioned.conflict(sent.model(), ex.getCurrentVersion());
			}
			catch (RuleViolationException ex) {
				if (formGone(ex, sent.redirect())) {
					return top;
				}
				FormErrors.reject(sent.result(), field == null ? ex : new RuleViolationException(field, ex.getCode()));
			}
		}
		return render(sent.user(), sent.caseNo(), sent.model(), sent.locale());
	}

	/**
	 * A form of the contact log. Sent by htmx, it answers in place with the log section: done, the
	 * section with the new line, a note that it was saved and empty forms; refused, the section with
	 * the form kept and its errors (422), or the refusal in the section when the case was closed
	 * meanwhile. Sent plainly, it ends like every other form ({@link #submit}).
	 */
	String submitToLog(Sent sent, HttpServletRequest request, HttpServletResponse response, Runnable action,
			String flashCode) {
		if (!Htmx.wantsPart(request, response)) {
			return submit(sent, action, "log-heading", flashCode);
		}
		if (!sent.result().hasErrors()) {
			try {
				action.run();
				sent.model().addAttribute("logSaved", flashCode);
				sent.model().addAttribute("contactForm", new ContactForm());
				sent.model().addAttribute("entryForm", new EntryForm());
				return renderLog(sent.user(), sent.caseNo(), sent.model());
			}
			catch (RuleViolationException ex) {
				if (closedMeanwhile(ex)) {
					sent.model().addAttribute("logRefused", ex.getCode());
				}
				else {
					FormErrors.reject(sent.result(), ex);
				}
			}
		}
		response.setStatus(422);
		return renderLog(sent.user(), sent.caseNo(), sent.model());
	}

	/** A confirmation page's form: done, back to the case's section; refused, the confirmation again. */
	String confirmed(String caseNo, BindingResult result, RedirectAttributes redirect, Runnable action, String flashCode,
			String anchor, Supplier<String> again) {
		if (!result.hasErrors()) {
			try {
				action.run();
				Flash.success(redirect, flashCode);
				return "redirect:/cases/" + caseNo + "#" + anchor;
			}
			catch (RuleViolationException ex) {
				if (formGone(ex, redirect)) {
					return "redirect:/cases/" + caseNo;
				}
				FormErrors.reject(result, ex);
			}
		}
		return again.get();
	}

	/** Refused because the case was closed (or reopened) since the form was opened. */
	private static boolean closedMeanwhile(RuleViolationException ex) {
		return "case.closed".equals(ex.getCode()) || "case.notClosed".equals(ex.getCode());
	}

	/**
	 * A form sent to a case closed (or reopened) meanwhile: the page no longer shows that form, so
	 * the refusal goes to the top of the page.
	 */
	static boolean formGone(RuleViolationException ex, RedirectAttributes redirect) {
		if (closedMeanwhile(ex)) {
			Flash.error(redirect, ex.getCode());
			return true;
		}
		return false;
	}

}
