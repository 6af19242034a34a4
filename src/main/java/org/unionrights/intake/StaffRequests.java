package org.unionrights.intake;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.Masking;
import org.unionrights.common.RuleViolationException;
import org.unionrights.security.PortalUser;

/**
 * What staff do with a request at triage, always within what they may see: city staff every
 * county, a county officer their own. A request outside that scope does not exist for them.
 */
@Service
public class StaffRequests {

	private final HelpRequests requests;

	private final RequestEvents events;

	private final EvidenceFiles evidenceFiles;

	private final EvidenceStore store;

	private final HelpRequestService service;

	private final AuditLog auditLog;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	StaffRequests(HelpRequests requests, RequestEvents events, EvidenceFiles evidenceFiles, EvidenceStore store,
			HelpRequestService service, AuditLog auditLog, Clock clock,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.requests = requests;
		this.events = events;
		this.evidenceFiles = evidenceFiles;
		this.store = store;
		this.service = service;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public StaffRequestView view(PortalUser user, String trackingNo) {
		return view(user, load(user, trackingNo));
	}

	/**
	 * The request of a case, for the case's page and ledger. Called by the cases module, which has
	 * already checked that the user may see that case (a lawyer sees their case's request this way).
	 */
	@Transactional(readOnly = true)
	public StaffRequestView viewForCase(PortalUser user, long requestId) {
		return view(user, requests.findById(requestId).orElseThrow(() -> new RequestNotFoundException("#" + requestId)));
	}

	private StaffRequestView view(PortalUser user, HelpRequest request) {
		List<StaffRequestView.RosterLine> roster = request.getRoster()
			.stream()
			.map(entry -> new StaffRequestView.RosterLine(entry.getName(), Masking.mobile(entry.getMobile()),
					entry.getAmount()))
			.toList();
		BigDecimal rosterTotal = request.getRoster()
			.stream()
			.map(RosterEntry::getAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// Only triage staff see the likely duplicate; a lawyer sees the case's request alone.
		String duplicate = Optional.ofNullable(request.getLikelyDuplicateOf())
			.filter(id -> user.getRole() == org.unionrights.security.Role.CITY_STAFF
					|| user.getRole() == org.unionrights.security.Role.COUNTY_OFFICER)
			.flatMap(requests::findById)
			.filter(other -> TriageQueue.scope(user) == null || other.getCountyId() == request.getCountyId())
			.map(HelpRequest::getTrackingNo)
			.orElse(null);
		return new StaffRequestView(request.getTrackingNo(), request.getStatus(), request.getCategory(),
				request.getChannel(), request.getRegisteredBy(), request.getSubmittedAt(), request.getCountyId(),
				request.getDescription(), request.getEmployerName(), request.getEmployerCreditCode(),
				request.getContactName(), Masking.mobile(request.getContactMobile()),
				Masking.idNumber(request.getIdNumber()), request.isMigrantWorker(), request.getNewFormWork(),
				request.getWorkersAffected(), request.getProjectSite(), request.getGeneralContractor(),
				request.getSubcontractor(), request.getPeriodFrom(), request.getPeriodTo(), request.getAmountOwed(),
				roster, rosterTotal, request.getAccidentDate(), request.getInjury(), request.getInjuryReported(),
				duplicate, request.getRatingScore(), request.getRatingComment(),
				events.findByRequestIdOrderByOccurredAtAscIdAsc(request.getId())
					.stream()
					.map(RequestEvent::toEntry)
					.toList(),
				evidenceFiles.findByRequestIdOrderById(request.getId()).stream().map(Evidence::toView).toList(),
				request.getEmployerKey());
	}

	/** The full mobile and ID number; who looked is written to the audit log. */
	@Transactional
	public ContactDetails reveal(PortalUser user, String trackingNo) {
		HelpRequest request = load(user, trackingNo);
		auditLog.record("CONTACT_REVEALED", HelpRequestService.subject(trackingNo), null);
		return new ContactDetails(request.getContactMobile(), request.getIdNumber());
	}

	/**
	 * The full mobile and ID number of a case's request, for its lawyer. Called by the cases module
	 * after checking that the user may see the case; audited here too.
	 */
	@Transactional
	public ContactDetails revealForCase(long requestId) {
		HelpRequest request = requests.findById(requestId).orElseThrow(() -> new RequestNotFoundException("#" + requestId));
		auditLog.record("CONTACT_REVEALED", HelpRequestService.subject(request.getTrackingNo()), "for its case");
		return new ContactDetails(request.getContactMobile(), request.getIdNumber());
	}

	/** An answer the worker sees on "check my request". */
	@Transactional
	public void reply(PortalUser user, String trackingNo, String text) {
		load(user, trackingNo);
		service.replyPublicly(trackingNo, text);
	}

	/** A note for staff only; never shown to the worker. */
	@Transactional
	public void note(PortalUser user, String trackingNo, String text) {
		HelpRequest request = load(user, trackingNo);
		events.save(new RequestEvent(request.getId(), clock.instant(), EventKind.INTERNAL_NOTE, false,
				user.getUsername(), text.strip()));
	}

	/** Declines the request with a reason the worker sees. */
	@Transactional
	public void decline(PortalUser user, String trackingNo, String reason) {
		load(user, trackingNo);
		service.changeStatus(trackingNo, RequestStatus.DECLINED);
		service.replyPublicly(trackingNo, reason);
	}

	/** Refers the request to another body (labour inspection, arbitration, a court …). */
	@Transactional
	public void refer(PortalUser user, String trackingNo, String body, String reason) {
		load(user, trackingNo);
		service.changeStatus(trackingNo, RequestStatus.REFERRED);
		// Kept as written to the worker, in the union's language, like every staff reply.
		service.replyPublicly(trackingNo, messages.getMessage("triage.referred.reply",
				new Object[] { body.strip(), reason.strip() }, java.util.Locale.SIMPLIFIED_CHINESE));
	}

	/**
	 * Merges a duplicate into another open request of the same county. The worker is told it is
	 * handled together with another request (not which one: it may be a colleague's); staff see
	 * both numbers. Both rows are locked, so two merges at once cannot cross.
	 */
	@Transactional
	public void merge(PortalUser user, String trackingNo, String intoTrackingNo) {
		load(user, trackingNo);
		String target = TrackingNumbers.normalize(intoTrackingNo);
		if (trackingNo.equals(target)) {
			throw new RuleViolationException("body", "triage.merge.target");
		}
		List<HelpRequest> locked = target == null ? List.of()
				: requests.lockByTrackingNos(java.util.Set.of(trackingNo, target));
		HelpRequest duplicate = locked.stream().filter(r -> r.getTrackingNo().equals(trackingNo)).findFirst()
			.orElseThrow(() -> new RuleViolationException("body", "triage.merge.unknown"));
		Long scope = TriageQueue.scope(user);
		HelpRequest kept = locked.stream()
			.filter(r -> r.getTrackingNo().equals(target))
			.filter(r -> scope == null || r.getCountyId() == scope)
			.findFirst()
			.orElse(null);
		if (kept == null) {
			throw new RuleViolationException("body", "triage.merge.unknown");
		}
		duplicate.mergeInto(kept, clock.instant());
		String actor = user.getUsername();
		events.save(new RequestEvent(duplicate.getId(), clock.instant(), EventKind.STATUS_CHANGED, true, actor,
				RequestStatus.MERGED.name()));
		events.save(new RequestEvent(duplicate.getId(), clock.instant(), EventKind.INTERNAL_NOTE, false, actor,
				"→ " + kept.getTrackingNo()));
		events.save(new RequestEvent(kept.getId(), clock.instant(), EventKind.INTERNAL_NOTE, false, actor,
				"← " + duplicate.getTrackingNo()));
		auditLog.record("REQUEST_MERGED", HelpRequestService.subject(trackingNo), "into " + kept.getTrackingNo());
	}

	/**
	 * Accepts a request the user may see as a case; the worker is told who handles it.
	 * @return the request's id, for the case
	 */
	@Transactional
	public long accept(PortalUser user, String trackingNo, String handledBy) {
		HelpRequest request = load(user, trackingNo);
		service.changeStatus(trackingNo, RequestStatus.ACCEPTED);
		service.replyPublicly(trackingNo, handledBy);
		return request.getId();
	}

	/**
	 * Closes an accepted request when its case closes. Called by the cases module, which has
	 * already checked that the user may close that case.
	 */
	@Transactional
	public void closeForCase(long requestId) {
		HelpRequest request = requests.findById(requestId).orElseThrow(() -> new RequestNotFoundException("#" + requestId));
		service.changeStatus(request.getTrackingNo(), RequestStatus.CLOSED);
	}

	/** A case reopened by city staff: its request is accepted again, and the worker sees why. */
	@Transactional
	public void reopenForCase(long requestId, String reason) {
		HelpRequest request = requests.findById(requestId).orElseThrow(() -> new RequestNotFoundException("#" + requestId));
		service.changeStatus(request.getTrackingNo(), RequestStatus.ACCEPTED);
		service.replyPublicly(request.getTrackingNo(), reason);
	}

	/** A public reply written on the case, shown on the worker's page. */
	@Transactional
	public void replyForCase(long requestId, String text) {
		HelpRequest request = requests.findById(requestId).orElseThrow(() -> new RequestNotFoundException("#" + requestId));
		service.replyPublicly(request.getTrackingNo(), text);
	}

	/**
	 * A step of the case shown on the worker's timeline: a message key ({@code caseStep.*}) and its
	 * arguments, rendered in the reader's language.
	 */
	@Transactional
	public void publishCaseStep(long requestId, String messageKey, Object... args) {
		StringBuilder text = new StringBuilder(messageKey);
		for (Object arg : args) {
			text.append(TimelineEntry.STEP_SEPARATOR).append(String.valueOf(arg).replace(TimelineEntry.STEP_SEPARATOR, "/"));
		}
		events.save(new RequestEvent(requestId, clock.instant(), EventKind.CASE_STEP, true,
				org.unionrights.audit.AuditLog.currentActor(), text.toString()));
	}

	/** The tracking numbers of requests, by id, for the case pages. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> trackingNos(java.util.Collection<Long> requestIds) {
		return requests.findAllById(requestIds)
			.stream()
			.collect(java.util.stream.Collectors.toMap(HelpRequest::getId, HelpRequest::getTrackingNo));
	}

	/** An evidence file of a request the user may see; empty when it is not that request's. */
	@Transactional(readOnly = true)
	public Optional<EvidenceFile> evidence(PortalUser user, String trackingNo, long evidenceId) {
		HelpRequest request = load(user, trackingNo);
		return evidenceFiles.findById(evidenceId)
			.filter(evidence -> evidence.belongsTo(request.getId()))
			.map(evidence -> new EvidenceFile(evidence.toView(), evidence.getStoredName()));
	}

	/** Opens the bytes of an evidence file found by {@link #evidence}. */
	public InputStream open(EvidenceFile file) throws IOException {
		return store.open(file.storedName());
	}

	private HelpRequest load(PortalUser user, String trackingNo) {
		Long scope = TriageQueue.scope(user);
		return requests.findByTrackingNo(trackingNo)
			.filter(request -> scope == null || request.getCountyId() == scope)
			.orElseThrow(() -> new RequestNotFoundException(trackingNo));
	}

	/** An evidence file and where its bytes are. */
	public record EvidenceFile(EvidenceView view, String storedName) {
	}

}
