package org.unionrights.enterprises;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A small or micro enterprise without a union in a "1+3" group, since the day it joined.
 */
@Embeddable
class GroupMember {

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "joined_on")
	private LocalDate joinedOn;

	protected GroupMember() {
	}

	GroupMember(long enterpriseId, LocalDate joinedOn) {
		this.enterpriseId = enterpriseId;
		this.joinedOn = joinedOn;
	}

	long getEnterpriseId() {
		return enterpriseId;
	}

	LocalDate getJoinedOn() {
		return joinedOn;
	}

}
