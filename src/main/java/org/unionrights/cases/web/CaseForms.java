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
		java.util.function.Supplier<Object> empty = switch (kept.actionName()) {
			case "entries" -> EntryForm::new;
			case "contacts" -> ContactForm::new;
			case "clocks" -> ClockEventForm::new;
			case "steps" -> StepForm::new;
			case "payments" -> PaymentForm::new;
			case "amounts" -> AmountsForm::new;
			case "chase", "escalate" -> ReasonForm::new;
			case "close" -> CloseCaseForm::new;
			case "reopen" -> ReopenForm::new;
			case "assignment" -> ReassignForm::new;
			default -> null;
		};
		if (empty == null) {
			return;
		}
		String name = switch (kept.actionName()) {
			case "entries" -> "entryForm";
			case "contacts" -> "contactForm";
			case "clocks" -> "clockForm";
			case "steps" -> "stepForm";
			case "payments" -> "paymentForm";
			case "amounts" -> "amountsForm";
			case "assignment" -> "reassignForm";
			default -> kept.actionName() + "Form";
		};
		model.addAttribute(name, kept.bindTo(empty.get()));
		model.addAttribute("keptForm", name);
		model.addAttribute("keptAnchor", switch (kept.actionName()) {
			case "entries", "contacts" -> "log-heading";
			case "clocks" -> "clocks-heading";
			case "steps" -> "tracks-heading";
			case "payments", "amounts" -> "ledger-heading";
			case "close" -> "close-heading";
			case "reopen" -> "reopen-heading";
			default -> "staff-heading";
		});
	}

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
