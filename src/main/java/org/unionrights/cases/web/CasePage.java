package org.unionrights.cases.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseClocks;
import org.unionrights.cases.CaseHandling;
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
import org.unionrights.counties.CountyDirectory;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

/**
 * Everything the case page shows, for the controllers that render it: on a first visit with empty
 * forms, after a refused form with that form (its input and errors) kept and the others empty.
 */
@Component
class CasePage {

	static final String VIEW = "cases/case";

	/** How many lines of the case's history the page shows; the rest are on the history page. */
	static final int HISTORY_LINES = 15;

	private final CaseService cases;

	private final CaseHandling handling;

	private final WageLedger ledger;

	private final CaseClocks clocks;

	private final CountyDirectory counties;

	CasePage(CaseService cases, CaseHandling handling, WageLedger ledger, CaseClocks clocks, CountyDirectory counties) {
		this.cases = cases;
		this.handling = handling;
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
		model.addAttribute("records", handling.records(user, caseNo));
		model.addAttribute("ledger", ledger.caseLedger(user, caseNo, request));
		CaseClocks.Summary summary = clocks.summary(user, caseNo);
		model.addAttribute("readings", summary.readings());
		model.addAttribute("clockEvents", summary.events());
		model.addAttribute("history", cases.history(user, caseNo, PageRequest.of(0, HISTORY_LINES)));
		model.addAttribute("countyName", counties.find(view.countyId()).map(c -> c.name(locale)).orElse(""));
		boolean staff = user.getRole() == Role.CITY_STAFF || user.getRole() == Role.COUNTY_OFFICER;
		model.addAttribute("staff", staff);
		if (staff && view.open()) {
			model.addAttribute("teams", cases.teamsForCase(user, caseNo));
		}
		model.addAttribute("rules", Arrays.asList(ClockRule.values()));
		model.addAttribute("eventKinds", Arrays.asList(ClockEvent.Kind.values()));
		model.addAttribute("outcomes", Arrays.asList(CaseOutcome.values()));
		model.addAttribute("steps", Arrays.asList(TrackStep.values()));
		model.addAttribute("channels", Arrays.asList(ContactChannel.values()));
		model.addAttribute("parties", Arrays.asList(ContactParty.values()));
		model.addAttribute("entryKinds", List.of(EntryKind.NOTE, EntryKind.PUBLIC_REPLY));
		model.addAttribute("paymentKinds", Arrays.asList(PaymentKind.values()));
		emptyForms(view, model);
		return VIEW;
	}

	/** A form sent from the case page, with what answering it needs. */
	record Sent(String caseNo, BindingResult result, PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
	}

	/**
	 * The end every form of the case page shares: done, a flash and back to its section
	 * ({@code anchor}, or the top when {@code null}); refused by a rule, the page again with the
	 * error beside the field and what was typed; sent to a case closed (or reopened) meanwhile, the
	 * refusal at the top of the page, since its form is no longer there.
	 */
	String submit(Sent sent, Runnable action, String anchor, String flashCode, Object... flashArgs) {
		return submit(sent, null, null, null, null, action, anchor, flashCode, flashArgs);
	}

	/**
	 * The same for a form that carries the case's version: a stale one answers 409, with
	 * {@code conflictAttribute} set for the page, what was typed kept and the current version in
	 * the form. {@code field}, when given, is where a rule's refusal is shown.
	 */
	String submit(Sent sent, VersionedForm form, HttpServletResponse response, String conflictAttribute, String field,
			Runnable action, String anchor, String flashCode, Object... flashArgs) {
		String top = "redirect:/cases/" + sent.caseNo();
		if (!sent.result().hasErrors()) {
			try {
				action.run();
				Flash.success(sent.redirect(), flashCode, flashArgs);
				return anchor == null ? top : top + "#" + anchor;
			}
			catch (StaleEditException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				sent.model().addAttribute(conflictAttribute, true);
				form.setVersion(ex.getCurrentVersion());
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
	 * A form sent to a case closed (or reopened) meanwhile: the page no longer shows that form, so
	 * the refusal goes to the top of the page.
	 */
	static boolean formGone(RuleViolationException ex, RedirectAttributes redirect) {
		if ("case.closed".equals(ex.getCode()) || "case.notClosed".equals(ex.getCode())) {
			Flash.error(redirect, ex.getCode());
			return true;
		}
		return false;
	}

	private static void emptyForms(CaseView view, Model model) {
		if (!model.containsAttribute("closeForm")) {
			CloseCaseForm form = new CloseCaseForm();
			form.setVersion(view.version());
			model.addAttribute("closeForm", form);
		}
		if (!model.containsAttribute("amountsForm")) {
			AmountsForm form = new AmountsForm();
			form.setVersion(view.version());
			form.setAmountClaimed(view.amountClaimed());
			form.setAmountAgreed(view.amountAgreed());
			model.addAttribute("amountsForm", form);
		}
		if (!model.containsAttribute("reassignForm")) {
			ReassignForm form = new ReassignForm();
			form.setVersion(view.version());
			model.addAttribute("reassignForm", form);
		}
		if (!model.containsAttribute("reopenForm")) {
			ReopenForm form = new ReopenForm();
			form.setVersion(view.version());
			model.addAttribute("reopenForm", form);
		}
		addIfAbsent(model, "clockForm", new ClockEventForm());
		addIfAbsent(model, "stepForm", new StepForm());
		addIfAbsent(model, "contactForm", new ContactForm());
		addIfAbsent(model, "entryForm", new EntryForm());
		addIfAbsent(model, "paymentForm", new PaymentForm());
		addIfAbsent(model, "chaseForm", new ReasonForm());
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

}
