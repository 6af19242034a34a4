package org.unionrights.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Reopening a closed case: the reason is required and shown to the worker.
 */
public class ReopenForm implements VersionedForm {

	private long version;

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.size.max}")
	private String reason;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
