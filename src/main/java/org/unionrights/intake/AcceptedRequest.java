package org.unionrights.intake;

import java.math.BigDecimal;

/**
 * A request as it was when triage accepted it, for the case opened from it: read once, when it
 * was accepted within the user's scope.
 *
 * @param requestId names the request in the {@link CaseProgress} the case publishes
 * @param workersHelped everyone the request is for: every worker of the roster, or as many as named
 * @param amountClaimed the amount owed, or the roster's total when only that was given
 * @param workerNames the worker who asked and the names of the group's roster, for search
 */
public record AcceptedRequest(long requestId, String trackingNo, long countyId, RequestCategory category,
		String employerName, String employerKey, int workersHelped, boolean migrantWorker,
		BigDecimal amountClaimed, String workerNames) {
}
