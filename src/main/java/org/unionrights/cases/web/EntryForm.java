package org.unionrights.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.unionrights.cases.EntryKind;

/**
 * A note for staff only, or a reply the worker sees.
 */
public class EntryForm {

	@NotNull(message = "{validation.required}")
	private EntryKind entryKind;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.size.max}")
	private String text;

	public EntryKind getEntryKind() {
		return entryKind;
	}

	public void setEntryKind(EntryKind entryKind) {
		this.entryKind = entryKind;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
