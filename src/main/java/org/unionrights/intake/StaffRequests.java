package org.unionrights.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.files.FileView;
import org.unionrights.files.StoredFile;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Scope;

/**
 * What staff do with a request, always within the user's {@link Scope}: at triage city staff
 * every county, a county officer their own; a lawyer reads the request of their own case. A
 * request outside the scope does not exist for the user. This is the only way into a request for
 * other modules; what a case tells its request travels as {@link CaseProgress}.
 */
@Service
@Transactional
public class StaffRequests {

	private final HelpRequests requests;

	private final RequestTimeline timeline;

	private final EvidenceIntake evidence;

	private final CaseHandlers caseHandlers;

	private final AuditLog auditLog;

	private final Clock clock;

	StaffRequests(HelpRequests requests, RequestTimeline timeline, EvidenceIntake evidence, CaseHandlers caseHandlers,
			AuditLog auditLog, Clock clock) {
		this.requests = requests;
		this.timeline = timeline;
		this.evidence = evidence;
		this.caseHandlers = caseHandlers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The request, as staff see it: at triage, or as the request of a case the user may see. */
	@Transactional(readOnly = true)
	public StaffRequestView view(PortalUser user, String trackingNo) {
		Scope scope = user.scope();
		HelpRequest request = load(scope, trackingNo);
		// A likely duplicate is named only when it lies in the user's triage scope.
		String duplicate = Optional.ofNullable(request.getLikelyDuplicateOf())
			.flatMap(requests::findById)
			.filter(other -> RequestScope.coversCounty(scope, other.getCountyId()))
			.map(HelpRequest::getTrackingNo)
			.orElse(null);
		return StaffRequestView.of(request, duplicate, timeline.of(request, false), evidence.ofRequest(request.getId()));
	}

	/** The full mobile and ID number; who looked is written to the audit log. */
	public ContactDetails reveal(PortalUser user, String trackingNo) {
		HelpRequest request = load(user.scope(), trackingNo);
		auditLog.record(AuditLog.PERSONAL_DATA_VIEWED, RequestTimeline.subject(request));
		return new ContactDetails(request.worker().getMobile(), request.worker().getIdNumber());
	}

	/** An answer the worker sees on "check my request". */
	public void reply(PortalUser user, String trackingNo, String text) {
		timeline.reply(loadForTriage(user, trackingNo), text);
	}

	/** A note for staff only; never shown to the worker. */
	public void note(PortalUser user, String trackingNo, String text) {
		timeline.add(loadForTriage(user, trackingNo), EventKind.INTERNAL_NOTE, false, user.getUsername(), text.strip());
	}

	/** Declines the request with a reason the worker sees. */
	public void decline(PortalUser user, String trackingNo, String reason) {
		HelpRequest request = loadForTriage(user, trackingNo);
		timeline.changeStatus(request, RequestStatus.DECLINED);
		timeline.reply(request, reason);
	}

	/** Refers the request to another body (labour inspection, arbitration, a court …). */
	public void refer(PortalUser user, String trackingNo, String body, String reason) {
		HelpRequest request = loadForTriage(user, trackingNo);
		timeline.changeStatus(request, RequestStatus.REFERRED);
		// Said to the worker in the language they read it in.
		timeline.replyInWords(request, "triage.referred.reply", body.strip(), reason.strip());
	}

	/**
	 * Accepts a request at triage to be carried as a case: read once, within the user's scope, and
	 * returned as it was accepted. Whoever opens the case tells the worker who handles it by a
	 * {@link CaseProgress.Reply} in the same transaction.
	 */
	public AcceptedRequest accept(PortalUser user, String trackingNo) {
		HelpRequest request = loadForTriage(user, trackingNo);
		request.checkAwaitingTriage();
		timeline.changeStatus(request, RequestStatus.ACCEPTED);
		return request.accepted();
	}

	/**
	 * Merges a duplicate into another open request of the same county. The worker is told it is
	 * handled together with another request (not which one: it may be a colleague's); staff see
	 * both numbers. Both rows are locked, so two merges at once cannot cross.
	 */
	public void merge(PortalUser user, String trackingNo, String intoTrackingNo) {
		loadForTriage(user, trackingNo);
		String target = TrackingNumbers.normalize(intoTrackingNo);
		if (trackingNo.equals(target)) {
			throw new RuleViolationException("body", "triage.merge.target");
		}
		List<HelpRequest> locked = target == null ? List.of() : requests.lockByTrackingNos(Set.of(trackingNo, target));
		HelpRequest duplicate = locked.stream()
			.filter(r -> r.getTrackingNo().equals(trackingNo))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("body", "triage.merge.unknown"));
		HelpRequest kept = locked.stream()
			.filter(r -> r.getTrackingNo().equals(target))
			.filter(r -> RequestScope.coversCounty(user.scope(), r.getCountyId()))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("body", "triage.merge.unknown"));
		duplicate.mergeInto(kept, clock.instant());
		String actor = user.getUsername();
		timeline.add(duplicate, EventKind.STATUS_CHANGED, true, actor, RequestStatus.MERGED.name());
		timeline.add(duplicate, EventKind.INTERNAL_NOTE, false, actor, "→ " + kept.getTrackingNo());
		timeline.add(kept, EventKind.INTERNAL_NOTE, false, actor, "← " + duplicate.getTrackingNo());
		auditLog.record("REQUEST_MERGED", RequestTimeline.subject(trackingNo),
				Detail.of("audit.detail.mergedInto", kept.getTrackingNo()));
	}

	/** An evidence file of a request the user may see; empty when it is not that request's. */
	@Transactional(readOnly = true)
	public Optional<EvidenceFile> evidence(PortalUser user, String trackingNo, long evidenceId) {
		return evidence.find(load(user.scope(), trackingNo).getId(), evidenceId);
	}

	/** Opens the bytes of an evidence file found by {@link #evidence}. */
	public InputStream open(EvidenceFile file) throws IOException {
		return evidence.open(file);
	}

	/** A request of an employer, as an enterprise's page lists it. */
	public record EmployerRequest(String trackingNo, java.time.Instant submittedAt, RequestStatus status,
			RequestCategory category, int workersAffected) {
	}

	/**
	 * The requests of the employers with these keys ({@code code:<credit code>} or {@code name:…})
	 * in the user's triage scope, newest first, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<EmployerRequest> ofEmployers(PortalUser user, java.util.Collection<String> employerKeys, int limit) {
		if (employerKeys.isEmpty()) {
			return List.of();
		}
		org.springframework.data.jpa.domain.Specification<HelpRequest> ofKeys = (request, query, builder) -> request
			.get("employer")
			.get("key")
			.in(employerKeys);
		return requests
			.findAll(RequestScope.of(user.scope()).and(ofKeys),
					org.springframework.data.domain.PageRequest.of(0, limit,
							org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
									"submittedAt")))
			.map(request -> new EmployerRequest(request.getTrackingNo(), request.getSubmittedAt(), request.getStatus(),
					request.getCategory(), request.getWorkersAffected()))
			.getContent();
	}

	/** A request the user may see, or a 404. */
	private HelpRequest load(Scope scope, String trackingNo) {
		return requests.findByTrackingNo(trackingNo)
			.filter(request -> RequestScope.allows(scope, request, caseHandlers))
			.orElseThrow(() -> new RequestNotFoundException(trackingNo));
	}

	/** A request at triage: in the user's counties, whoever carries its case. */
	private HelpRequest loadForTriage(PortalUser user, String trackingNo) {
		return requests.findByTrackingNo(trackingNo)
			.filter(request -> RequestScope.coversCounty(user.scope(), request.getCountyId()))
			.orElseThrow(() -> new RequestNotFoundException(trackingNo));
	}

	/** An evidence file and where its bytes are. */
	public record EvidenceFile(FileView view, StoredFile file) {
	}

}
