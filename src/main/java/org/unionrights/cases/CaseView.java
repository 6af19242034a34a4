package org.unionrights.cases;

import java.time.Instant;

/**
 * A case as pages show it.
 */
public record CaseView(String caseNo, String trackingNo, long countyId, String teamName, String lawyerName,
		boolean open, CaseOutcome outcome, String closingNote, Instant openedAt, String openedBy, Instant closedAt,
		String closedBy, Integer ratingScore, String ratingComment, boolean followUpDue, String followUpNote,
		Instant followUpAt, String followUpBy, long version) {
}
