package org.unionrights.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment recovered or an advance, as recorded on a case.
 *
 * @param workerName the worker of the group's roster it is for, or {@code null} for the group
 * @param overReason why a payment that takes the worker or the case past what was claimed or
 * agreed is right; without it such a payment is refused
 */
public record NewPayment(PaymentKind kind, LocalDate paidOn, BigDecimal amount, String payer, String workerName,
		String note, String overReason) {
}
