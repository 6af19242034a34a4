package org.unionrights.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A risk report as its page and lists show it, with its handling steps (oldest first). */
public record RiskView(long id, String riskNo, long countyId, RiskKind kind, RiskLevel level, Long enterpriseId,
		String enterpriseName, int workersAffected, String description, Instant reportedAt, String reportedBy,
		Instant seenAt, String seenBy, LocalDate closedOn, String closingNote, String closedBy, String requestNo,
		String caseNo, long version, List<Step> steps) {

	public record Step(LocalDate date, String note, String recordedBy, Instant recordedAt) {
	}

	public boolean closed() {
		return closedOn != null;
	}

	public boolean isNew() {
		return seenAt == null;
	}

}
