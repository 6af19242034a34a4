package org.unionrights.enterprises;

/**
 * A collective contract's kind: comprehensive, or a special one (专项). Labels: {@code contractKind.<NAME>}.
 */
public enum ContractKind {

	COMPREHENSIVE, WAGE, WOMEN, SAFETY

}
