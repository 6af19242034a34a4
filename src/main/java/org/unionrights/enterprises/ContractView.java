package org.unionrights.enterprises;

import java.time.LocalDate;
import java.util.List;

import org.unionrights.deadlines.ClockReading;

/**
 * A collective contract as pages show it, with its bargaining clocks read today.
 *
 * @param endsOn the last day it is in force, once it took effect
 */
public record ContractView(long id, long countyId, String title, ContractKind kind, ContractCoverage coverage,
		ContractStage stage, int termYears, int workersCovered, LocalDate offeredOn, LocalDate negotiatedOn,
		LocalDate signedOn, LocalDate filedOn, LocalDate effectiveOn, LocalDate expiredOn, LocalDate endsOn,
		List<Long> enterpriseIds, List<ClockReading> clocks, long version) {

	public boolean overdue() {
		return clocks.stream().anyMatch(ClockReading::isOverdue);
	}

	public boolean dueSoon() {
		return !overdue() && clocks.stream().anyMatch(ClockReading::isDueSoon);
	}

}
