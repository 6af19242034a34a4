package org.unionrights.common.web;

import org.springframework.validation.Errors;
import org.unionrights.common.RuleViolationException;

/**
 * Puts a business rule's refusal on the form: beside its field, or at the top.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(Errors errors, RuleViolationException ex) {
		if (ex.getField() == null) {
			errors.reject(ex.getCode());
		}
		else {
			errors.rejectValue(ex.getField(), ex.getCode());
		}
	}

}
