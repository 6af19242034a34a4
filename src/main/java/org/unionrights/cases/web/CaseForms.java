package org.unionrights.cases.web;

import org.springframework.ui.Model;
import org.unionrights.cases.CaseView;

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
