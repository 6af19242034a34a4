package org.unionrights.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A text staff write on a request: a reply, a note, a reason; for a referral also the body it
 * goes to.
 */
public class StaffTextForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 1500, message = "{validation.size.max}")
	private String text;

	@Size(max = 100, message = "{validation.size.max}")
	private String body;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
