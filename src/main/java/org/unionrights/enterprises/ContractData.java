package org.unionrights.enterprises;

import java.time.LocalDate;
import java.util.List;

/**
 * A new collective contract, as its form gives it: the offer is its first step.
 *
 * @param enterpriseIds the enterprises it covers: one, or two or more for a regional or industry contract
 */
public record ContractData(String title, ContractKind kind, ContractCoverage coverage, int termYears,
		int workersCovered, List<Long> enterpriseIds, LocalDate offeredOn) {

	public ContractData {
		enterpriseIds = enterpriseIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(enterpriseIds));
	}

}
