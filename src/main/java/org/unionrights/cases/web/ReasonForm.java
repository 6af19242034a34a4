package org.unionrights.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A required reason or word: for chasing, escalating, or voiding a ledger line.
 */
public class ReasonForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.size.max}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
