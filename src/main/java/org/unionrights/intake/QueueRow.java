package org.unionrights.intake;

import java.time.Instant;

/**
 * A request as the triage queue lists it: personal numbers masked.
 */
public record QueueRow(String trackingNo, Instant submittedAt, long countyId, RequestStatus status,
		RequestCategory category, Channel channel, String employerName, String contactName, String maskedMobile,
		int workersAffected, boolean migrantWorker, boolean likelyDuplicate, boolean firstContactOverdue,
		boolean chased, boolean escalated) {
}
