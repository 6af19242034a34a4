package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as staff see it: everything the worker told, personal numbers masked until revealed,
 * the whole timeline with internal notes, and the evidence.
 */
public record StaffRequestView(String trackingNo, RequestStatus status, RequestCategory category, Channel channel,
		String registeredBy, Instant submittedAt, long countyId, String description, String employerName,
		String employerCreditCode, String contactName, String maskedMobile, String maskedIdNumber,
		boolean migrantWorker, NewFormWork newFormWork, int workersAffected, String projectSite,
		String generalContractor, String subcontractor, LocalDate periodFrom, LocalDate periodTo,
		BigDecimal amountOwed, List<RosterLine> roster, BigDecimal rosterTotal, LocalDate accidentDate, String injury,
		InjuryReported injuryReported, String likelyDuplicateOf, Integer ratingScore, String ratingComment,
		List<TimelineEntry> timeline, List<EvidenceView> evidence, String employerKey) {

	/** A worker of the roster, the mobile masked. */
	public record RosterLine(String name, String maskedMobile, BigDecimal amount) {
	}

	/** Everyone the request is for: every worker of the roster, or as many as were named. */
	public int workersHelped() {
		return Math.max(1, Math.max(workersAffected, roster.size()));
	}

	/** What is claimed: the amount owed, or the roster's total when only that was given. */
	public BigDecimal amountClaimed() {
		return amountOwed != null ? amountOwed : (roster.isEmpty() ? null : rosterTotal);
	}

	/** Whether triage can still decline or refer it. */
	public boolean awaitingTriage() {
		return status == RequestStatus.SUBMITTED;
	}

}
