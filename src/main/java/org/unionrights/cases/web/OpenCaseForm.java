package org.unionrights.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Accepting a request: the request and one "team and lawyer" choice ({@code teamId:accountId}).
 */
public class OpenCaseForm {

	@NotBlank(message = "{validation.required}")
	private String request;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = Assignment.PATTERN, message = "{typeMismatch}")
	private String assignment;

	Assignment chosen() {
		return Assignment.parse(assignment);
	}

	public String getRequest() {
		return request;
	}

	public void setRequest(String request) {
		this.request = request;
	}

	public String getAssignment() {
		return assignment;
	}

	public void setAssignment(String assignment) {
		this.assignment = assignment;
	}

}
