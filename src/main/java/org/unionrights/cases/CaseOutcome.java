package org.unionrights.cases;

/**
 * How a case ended. Labels: {@code outcome.<NAME>}.
 */
public enum CaseOutcome {

	/** Resolved by mediation. */
	MEDIATION,
	/** Resolved by an arbitration award. */
	ARBITRATION,
	/** Resolved by a judgment. */
	JUDGMENT,
	/** The employer paid after the union intervened. */
	DIRECT_PAYMENT,
	WITHDRAWN,
	REFERRED,
	NOT_RESOLVED

}
