package org.unionrights.teams;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A lawyer in a team, with their kind.
 */
@Embeddable
class TeamMember {

	@Column(name = "account_id")
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(name = "lawyer_kind")
	private LawyerKind lawyerKind;

	@Column(name = "joined_at")
	private Instant joinedAt;

	protected TeamMember() {
	}

	TeamMember(long accountId, LawyerKind lawyerKind, Instant joinedAt) {
		this.accountId = accountId;
		this.lawyerKind = lawyerKind;
		this.joinedAt = joinedAt;
	}

	long getAccountId() {
		return accountId;
	}

	LawyerKind getLawyerKind() {
		return lawyerKind;
	}

}
