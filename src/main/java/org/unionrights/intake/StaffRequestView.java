package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.unionrights.common.Masking;
import org.unionrights.files.FileView;

/**
 * A request as staff see it: everything the worker told, personal numbers masked until revealed,
 * the whole timeline with internal notes, and the evidence; {@code anonymisedAt} when its personal
 * data was removed ({@link Anonymisation}).
 */
public record StaffRequestView(String trackingNo, RequestStatus status, RequestCategory category, Channel channel,
		String registeredBy, Instant submittedAt, long countyId, String description, String employerName,
		String employerCreditCode, String contactName, String maskedMobile, String maskedIdNumber,
		boolean migrantWorker, NewFormWork newFormWork, int workersAffected, String projectSite,
		String generalContractor, String subcontractor, LocalDate periodFrom, LocalDate periodTo,
		BigDecimal amountOwed, List<RosterLine> roster, BigDecimal rosterTotal, LocalDate accidentDate, String injury,
		InjuryReported injuryReported, String likelyDuplicateOf, Integer ratingScore, String ratingComment,
		List<TimelineEntry> timeline, List<FileView> evidence, Instant anonymisedAt) {

	/** A worker of the roster, the mobile and ID number masked. */
	public record RosterLine(String name, String maskedMobile, String maskedIdNumber, BigDecimal amount) {
	}

	static StaffRequestView of(HelpRequest request, String likelyDuplicateOf, List<TimelineEntry> timeline,
			List<FileView> evidence) {
		Employer employer = request.employer();
		Worker worker = request.worker();
		WageClaim wages = request.wages();
		InjuryClaim injury = request.injury();
		Rating rating = request.rating();
		List<RosterLine> roster = wages.getRoster()
			.stream()
			.map(entry -> new RosterLine(entry.getName(), Masking.mobile(entry.getMobile()),
					Masking.idNumber(entry.getIdNumber()), entry.getAmount()))
			.toList();
		return new StaffRequestView(request.getTrackingNo(), request.getStatus(), request.getCategory(),
				request.getChannel(), request.getRegisteredBy(), request.getSubmittedAt(), request.getCountyId(),
				request.getDescription(), employer.getName(), employer.getCreditCode(), worker.getName(),
				Masking.mobile(worker.getMobile()), Masking.idNumber(worker.getIdNumber()), worker.isMigrant(),
				worker.getNewFormWork(), request.getWorkersAffected(), wages.getProjectSite(),
				wages.getGeneralContractor(), wages.getSubcontractor(), wages.getPeriodFrom(), wages.getPeriodTo(),
				wages.getAmountOwed(), roster, wages.rosterTotal(), injury.getAccidentDate(), injury.getInjury(),
				injury.getReported(), likelyDuplicateOf, rating == null ? null : rating.getScore(),
				rating == null ? null : rating.getComment(), timeline, evidence, request.getAnonymisedAt());
	}

	/** The key that recognises its employer however typed: a registered enterprise's page lists it. */
	public String employerKey() {
		return Employer.key(employerName, employerCreditCode);
	}

	/** Whether triage can still decline or refer it. */
	public boolean awaitingTriage() {
		return status == RequestStatus.SUBMITTED;
	}

}
