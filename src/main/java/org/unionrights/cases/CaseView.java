package org.unionrights.cases;

import java.math.BigDecimal;
import java.time.Instant;

import org.unionrights.intake.RequestCategory;

/**
 * A case as pages show it.
 */
public record CaseView(String caseNo, String trackingNo, long countyId, String teamName, String lawyerName,
		boolean open, CaseOutcome outcome, String closingNote, Instant openedAt, String openedBy, Instant closedAt,
		String closedBy, Integer ratingScore, String ratingComment, boolean followUpDue, String followUpNote,
		Instant followUpAt, String followUpBy, RequestCategory category, String employerName, int workersHelped,
		int migrantWorkers, BigDecimal amountClaimed, BigDecimal amountAgreed, Instant lastActivityAt,
		Instant chasedAt, Instant escalatedAt, Instant workerContactAt, Instant workerMessageAt, String reopenReason,
		long version) {

	/** The worker sent something nobody on the case has read yet. */
	public boolean unreadFromWorker() {
		return workerMessageAt != null;
	}

	public boolean chased() {
		return chasedAt != null;
	}

	public boolean escalated() {
		return escalatedAt != null;
	}

}
