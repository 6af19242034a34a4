package org.unionrights.enterprises;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An enterprise as pages and other modules see it.
 */
public record EnterpriseView(long id, long countyId, String name, String creditCode, Industry industry,
		EnterpriseSize size, int employees, LocalDate unionFoundedOn, boolean supervisionCommittee,
		boolean mediationCommittee, boolean newEmploymentForm, Instant createdAt, String createdBy, Instant updatedAt,
		long version) {

	/** Whether it has a union (建会). */
	public boolean hasUnion() {
		return unionFoundedOn != null;
	}

	/** The key intake and cases recognise it by (an employer typed with its credit code). */
	public String employerKey() {
		return "code:" + creditCode;
	}

}
