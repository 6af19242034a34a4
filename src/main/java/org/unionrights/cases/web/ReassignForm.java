package org.unionrights.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Another team and lawyer ({@code teamId:accountId}) for the case.
 */
public class ReassignForm implements VersionedForm {

	private long version;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "^$|^[0-9]{1,18}:[0-9]{1,18}$", message = "{typeMismatch}")
	private String assignment;

	long teamId() {
		return Long.parseLong(assignment.substring(0, assignment.indexOf(':')));
	}

	long lawyerAccountId() {
		return Long.parseLong(assignment.substring(assignment.indexOf(':') + 1));
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
