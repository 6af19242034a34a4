package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request in an export of the triage queue: the mobile and ID number in full for city staff,
 * masked for everyone else.
 */
public record ExportRow(String trackingNo, Instant submittedAt, long countyId, RequestStatus status,
		RequestCategory category, Channel channel, String employerName, String contactName, String mobile,
		String idNumber, boolean migrantWorker, int workersAffected, BigDecimal amountOwed) {
}
