package org.unionrights.cases;

/**
 * The parallel tracks a case can run at once. Labels: {@code track.<NAME>}.
 */
public enum Track {

	MEDIATION, ARBITRATION, INJURY_RECOGNITION, APPRAISAL, SUIT, ENFORCEMENT

}
