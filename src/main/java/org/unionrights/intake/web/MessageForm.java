package org.unionrights.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message from the worker to the union.
 */
public class MessageForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.size.max}")
	private String text;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
