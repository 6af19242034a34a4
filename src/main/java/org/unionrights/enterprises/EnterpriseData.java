package org.unionrights.enterprises;

import java.time.LocalDate;

/**
 * What is recorded of an enterprise, as a form or an import row gives it.
 *
 * @param creditCode as typed; normalised (upper case, no spaces) and checked when kept
 * @param unionFoundedOn the day its union was founded, or {@code null} without a union
 */
public record EnterpriseData(long countyId, String name, String creditCode, Industry industry, EnterpriseSize size,
		int employees, LocalDate unionFoundedOn, boolean supervisionCommittee, boolean mediationCommittee,
		boolean newEmploymentForm) implements java.io.Serializable {
}
