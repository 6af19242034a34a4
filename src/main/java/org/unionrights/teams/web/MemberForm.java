package org.unionrights.teams.web;

import jakarta.validation.constraints.NotNull;

import org.unionrights.teams.LawyerKind;

/**
 * A lawyer joining a team, and their kind.
 */
public class MemberForm {

	@NotNull(message = "{validation.required}")
	private Long accountId;

	@NotNull(message = "{validation.required}")
	private LawyerKind lawyerKind;

	public Long getAccountId() {
		return accountId;
	}

	public void setAccountId(Long accountId) {
		this.accountId = accountId;
	}

	public LawyerKind getLawyerKind() {
		return lawyerKind;
	}

	public void setLawyerKind(LawyerKind lawyerKind) {
		this.lawyerKind = lawyerKind;
	}

}
