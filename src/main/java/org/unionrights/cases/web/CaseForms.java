package org.unionrights.cases.web;

import org.springframework.ui.Model;
import org.unionrights.cases.CaseView;
import org.unionrights.security.KeptForm;

/**
 * The empty forms of the case page. A form already in the model (one being corrected) is kept;
 * the forms that carry the case's version start at its current one.
 */
final class CaseForms {

	private CaseForms() {
	}

	static void addEmpty(CaseView view, Model model) {
		if (!model.containsAttribute("amountsForm")) {
			AmountsForm form = new AmountsForm();
			form.setAmountClaimed(view.amountClaimed());
			form.setAmountAgreed(view.amountAgreed());
			model.addAttribute("amountsForm", versioned(form, view));
		}
		addIfAbsent(model, "closeForm", versioned(new CloseCaseForm(), view));
		addIfAbsent(model, "reassignForm", versioned(new ReassignForm(), view));
		addIfAbsent(model, "reopenForm", versioned(new ReopenForm(), view));
		addIfAbsent(model, "clockForm", new ClockEventForm());
		addIfAbsent(model, "stepForm", new StepForm());
		addIfAbsent(model, "paymentForm", new PaymentForm());
		addIfAbsent(model, "chaseForm", new ReasonForm());
		addIfAbsent(model, "escalateForm", new ReasonForm());
	}

	/**
	 * A form sent after the session ended, put back as it was typed ({@link KeptForm}): the form
	 * object its address names, filled in, and its name for the page to open it.
	 */
	static void restore(KeptForm kept, Model model) {
		KeptKind kind = KEPT.get(kept.actionName());
		if (kind != null) {
			model.addAttribute(kind.attribute(), kept.bindTo(kind.form().get()));
			model.addAttribute("keptForm", kind.attribute());
			model.addAttribute("keptAnchor", kind.anchor());
		}
	}

	/** A form of the case page by the last part of its address: its model name, an empty one, its section. */
	private record KeptKind(String attribute, java.util.function.Supplier<Object> form, String anchor) {
	}

	private static final java.util.Map<String, KeptKind> KEPT = java.util.Map.ofEntries(
			java.util.Map.entry("entries", new KeptKind("entryForm", EntryForm::new, "log-heading")),
			java.util.Map.entry("contacts", new KeptKind("contactForm", ContactForm::new, "log-heading")),
			java.util.Map.entry("clocks", new KeptKind("clockForm", ClockEventForm::new, "clocks-heading")),
			java.util.Map.entry("steps", new KeptKind("stepForm", StepForm::new, "tracks-heading")),
			java.util.Map.entry("payments", new KeptKind("paymentForm", PaymentForm::new, "ledger-heading")),
			java.util.Map.entry("amounts", new KeptKind("amountsForm", AmountsForm::new, "ledger-heading")),
			java.util.Map.entry("chase", new KeptKind("chaseForm", ReasonForm::new, "staff-heading")),
			java.util.Map.entry("escalate", new KeptKind("escalateForm", ReasonForm::new, "staff-heading")),
			java.util.Map.entry("assignment", new KeptKind("reassignForm", ReassignForm::new, "staff-heading")),
			java.util.Map.entry("close", new KeptKind("closeForm", CloseCaseForm::new, "close-heading")),
			java.util.Map.entry("reopen", new KeptKind("reopenForm", ReopenForm::new, "reopen-heading")));

	static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private static VersionedForm versioned(VersionedForm form, CaseView view) {
		form.setVersion(view.version());
		return form;
	}

}
