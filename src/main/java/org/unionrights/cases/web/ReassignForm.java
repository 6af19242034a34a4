package org.unionrights.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Another team and lawyer ({@code teamId:accountId}) for the case.
 */
public class ReassignForm implements VersionedForm {

	private long version;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = Assignment.PATTERN, message = "{typeMismatch}")
	private String assignment;

	Assignment chosen() {
		return Assignment.parse(assignment);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getAssignment() {
		return assignment;
	}

	public void setAssignment(String assignment) {
		this.assignment = assignment;
	}

}
