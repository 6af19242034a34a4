package org.unionrights.cases.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.unionrights.cases.CaseOutcome;

/**
 * Closing a case: its outcome and a note; the version it was opened at.
 */
public class CloseCaseForm implements VersionedForm {

	@NotNull(message = "{validation.required}")
	private CaseOutcome outcome;

	@Size(max = 1000, message = "{validation.size.max}")
	private String note;

	private long version;

	public CaseOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(CaseOutcome outcome) {
		this.outcome = outcome;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
