package org.unionrights.cases;

/**
 * A line of the wage ledger: money the employer (or the contractor answering for it) paid, or an
 * emergency wage advance (应急周转金) the union paid the workers first. Labels: {@code paymentKind.<NAME>}.
 */
public enum PaymentKind {

	PAYMENT, ADVANCE

}
