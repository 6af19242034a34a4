package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.Masking;
import org.unionrights.common.RuleViolationException;
import org.unionrights.counties.CountyDirectory;

/**
 * Help requests: submitting them (once per form, however often it is sent), the worker's access
 * with tracking number and query code, and what the worker may add afterwards.
 */
@Service
public class HelpRequestService {

	static final Duration DUPLICATE_WINDOW = Duration.ofDays(30);

	static final String WORKER = "worker";

	private final HelpRequests requests;

	private final RequestEvents events;

	private final EvidenceIntake evidence;

	private final QueryCodes codes;

	private final CountyDirectory counties;

	private final AuditLog auditLog;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher publisher;

	HelpRequestService(HelpRequests requests, RequestEvents events, EvidenceIntake evidence, QueryCodes codes,
			CountyDirectory counties, AuditLog auditLog, Clock clock, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.requests = requests;
		this.events = events;
		this.evidence = evidence;
		this.codes = codes;
		this.counties = counties;
		this.auditLog = auditLog;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** A fresh query code to give the worker with the receipt. */
	public String newQueryCode() {
		return codes.generate();
	}

	/**
	 * Files the request, with the evidence waiting under the draft token. Sending the same form
	 * again (a double click, a reload) files nothing new and answers with the first request.
	 */
	public SubmittedRequest submit(NewHelpRequest details, Submission submission) {
		Optional<SubmittedRequest> earlier = findSubmitted(submission);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return transaction.execute(status -> create(details, submission));
		}
		catch (DataIntegrityViolationException ex) {
			// The same form arrived twice at once and the other copy won.
			return findSubmitted(submission).orElseThrow(() -> ex);
		}
	}

	private Optional<SubmittedRequest> findSubmitted(Submission submission) {
		return transaction.execute(status -> requests.findBySubmissionToken(submission.draftToken())
			.map(request -> submitted(request, submission, false)));
	}

	/** Whether a form with this draft token has already been filed. */
	@Transactional(readOnly = true)
	public boolean isSubmitted(String draftToken) {
		return requests.findBySubmissionToken(draftToken).isPresent();
	}

	private SubmittedRequest create(NewHelpRequest details, Submission submission) {
		if (!counties.isActive(details.countyId())) {
			throw new RuleViolationException("countyId", "request.county.unknown");
		}
		if (submission.registrarCountyId() != null && details.countyId() != submission.registrarCountyId()) {
			throw new RuleViolationException("countyId", "intake.county.own");
		}
		Instant now = clock.instant();
		String trackingNo = TrackingNumbers.format(requests.nextNumber(), now, clock.getZone());
		HelpRequest request = new HelpRequest(trackingNo, codes.hash(submission.queryCode()), submission.draftToken(),
				submission.channel(), submission.registeredBy(), details, now);
		requests.findRecentFromSameWorker(request.getContactMobile(), request.getEmployerKey(),
				now.minus(DUPLICATE_WINDOW), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.ifPresent(duplicate -> request.markLikelyDuplicateOf(duplicate.getId()));
		requests.saveAndFlush(request);
		boolean web = !submission.channel().isStaffChannel();
		events.save(new RequestEvent(request.getId(), now, web ? EventKind.SUBMITTED : EventKind.REGISTERED, true,
				web ? WORKER : submission.registeredBy(), null));
		int files = evidence.attachDrafts(submission.draftToken(), request.getId());
		auditLog.record(web ? "REQUEST_SUBMITTED" : "REQUEST_REGISTERED", subject(trackingNo),
				"channel=" + submission.channel() + ", category=" + details.category() + ", files=" + files);
		return submitted(request, submission, true);
	}

	/** A county officer learns of a duplicate in another county, not its number. */
	private SubmittedRequest submitted(HelpRequest request, Submission submission, boolean filedNow) {
		Optional<HelpRequest> duplicate = request.getLikelyDuplicateOf() == null ? Optional.empty()
				: requests.findById(request.getLikelyDuplicateOf());
		boolean elsewhere = duplicate.isPresent() && submission.registrarCountyId() != null
				&& duplicate.get().getCountyId() != submission.registrarCountyId();
		String number = elsewhere ? null : duplicate.map(HelpRequest::getTrackingNo).orElse(null);
		return new SubmittedRequest(request.getTrackingNo(), number, elsewhere, filedNow);
	}

	/**
	 * Checks a tracking number and query code. A wrong code and an unknown number give the same
	 * answer, in the same time.
	 * @return the tracking number, normalized, when both match
	 */
	@Transactional(readOnly = true)
	public Optional<String> verify(String typedTrackingNo, String typedCode) {
		String trackingNo = TrackingNumbers.normalize(typedTrackingNo);
		Optional<HelpRequest> request = trackingNo == null ? Optional.empty() : requests.findByTrackingNo(trackingNo);
		if (request.isEmpty()) {
			codes.spendDecoyCheck(typedCode);
			return Optional.empty();
		}
		return codes.matches(typedCode, request.get().getQueryCodeHash()) ? Optional.of(trackingNo) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<WorkerRequestView> workerView(String trackingNo) {
		return requests.findByTrackingNo(trackingNo).map(request -> {
			List<TimelineEntry> timeline = events.findByRequestIdAndPublicEventTrueOrderByOccurredAtAscIdAsc(
					request.getId()).stream().map(RequestEvent::toEntry).toList();
			BigDecimal rosterTotal = request.getRoster()
				.stream()
				.map(RosterEntry::getAmount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			return new WorkerRequestView(request.getTrackingNo(), request.getStatus(), request.getCategory(),
					request.getChannel(), request.getSubmittedAt(), request.getCountyId(), request.getEmployerName(),
					Masking.mobile(request.getContactMobile()), request.getAmountOwed(), request.getRoster().size(),
					rosterTotal, timeline, evidence.ofRequest(request.getId()), request.getRatingScore(),
					request.getRatingComment());
		});
	}

	/** The worker writes to the union while the request is open. */
	@Transactional
	public void addWorkerMessage(String trackingNo, String text) {
		HelpRequest request = load(trackingNo);
		request.checkOpenForWorker();
		events.save(new RequestEvent(request.getId(), clock.instant(), EventKind.WORKER_MESSAGE, true, WORKER,
				text.strip()));
	}

	/** The worker adds evidence while the request is open. */
	@Transactional
	public EvidenceIntake.Outcome addWorkerEvidence(String trackingNo, List<MultipartFile> files) {
		HelpRequest request = load(trackingNo);
		request.checkOpenForWorker();
		EvidenceIntake.Outcome outcome = evidence.acceptForRequest(request.getId(), files, WORKER);
		if (!outcome.stored().isEmpty()) {
			events.save(new RequestEvent(request.getId(), clock.instant(), EventKind.WORKER_EVIDENCE, true, WORKER,
					Integer.toString(outcome.stored().size())));
		}
		return outcome;
	}

	/** The worker rates the service once the request is finished. */
	@Transactional
	public void rate(String trackingNo, int score, String comment) {
		HelpRequest request = load(trackingNo);
		request.rate(score, comment, clock.instant());
		events.save(new RequestEvent(request.getId(), clock.instant(), EventKind.RATED, true, WORKER,
				Integer.toString(score)));
		publisher.publishEvent(new ServiceRated(request.getId(), score, request.getRatingComment()));
	}

	/**
	 * Moves a request along its lifecycle; the worker sees the new status on the timeline. Staff
	 * reach it through {@link StaffRequests}, which checks what they may see.
	 */
	@Transactional
	void changeStatus(String trackingNo, RequestStatus next) {
		HelpRequest request = load(trackingNo);
		request.moveTo(next, clock.instant());
		events.save(new RequestEvent(request.getId(), clock.instant(), EventKind.STATUS_CHANGED, true,
				AuditLog.currentActor(), next.name()));
		auditLog.record("REQUEST_STATUS_CHANGED", subject(trackingNo), "status=" + next);
	}

	/** Staff answer the worker; the reply is shown on the worker's page. */
	@Transactional
	void replyPublicly(String trackingNo, String text) {
		HelpRequest request = load(trackingNo);
		request.recordContact(clock.instant());
		events.save(new RequestEvent(request.getId(), clock.instant(), EventKind.STAFF_REPLY, true, AuditLog.currentActor(),
				text.strip()));
	}

	private HelpRequest load(String trackingNo) {
		return requests.findByTrackingNo(trackingNo).orElseThrow(() -> new RequestNotFoundException(trackingNo));
	}

	static String subject(String trackingNo) {
		return "request:" + trackingNo;
	}

}
