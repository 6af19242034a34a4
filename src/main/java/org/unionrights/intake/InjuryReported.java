package org.unionrights.intake;

/**
 * Whether the employer applied for work-injury recognition. Labels: {@code injuryReported.<NAME>}.
 */
public enum InjuryReported {

	YES, NO, UNKNOWN

}
