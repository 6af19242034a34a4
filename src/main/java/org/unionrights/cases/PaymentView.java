package org.unionrights.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a case's wage ledger as the case page shows it.
 */
public record PaymentView(Long id, PaymentKind kind, LocalDate paidOn, BigDecimal amount, String payer,
		String workerName, String note, String overReason, String recordedBy, Instant recordedAt, String voidedBy, Instant voidedAt,
		String voidReason, boolean voidable) {

	public boolean voided() {
		return voidedAt != null;
	}

}
