package org.unionrights.intake;

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
import org.unionrights.audit.Detail;
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

	private final HelpRequests requests;

	private final RequestTimeline timeline;

	private final EvidenceIntake evidence;

	private final QueryCodes codes;

	private final CountyDirectory counties;

	private final AuditLog auditLog;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher publisher;

	HelpRequestService(HelpRequests requests, RequestTimeline timeline, EvidenceIntake evidence, QueryCodes codes,
			CountyDirectory counties, AuditLog auditLog, Clock clock, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.requests = requests;
		this.timeline = timeline;
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
		if (!submission.mayFileIn(details.countyId())) {
			throw new RuleViolationException("countyId", "intake.county.own");
		}
		Instant now = clock.instant();
		String trackingNo = TrackingNumbers.format(requests.nextNumber(), now, clock.getZone());
		HelpRequest request = new HelpRequest(trackingNo, codes.hash(submission.queryCode()), submission.draftToken(),
				submission.channel(), submission.registeredBy(), details, now);
		requests.findRecentFromSameWorker(request.worker().getMobile(), request.employer().getKey(),
				now.minus(DUPLICATE_WINDOW), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.ifPresent(request::markLikelyDuplicateOf);
		requests.saveAndFlush(request);
		boolean web = !submission.channel().isStaffChannel();
		timeline.add(request, web ? EventKind.SUBMITTED : EventKind.REGISTERED, true,
				web ? RequestTimeline.WORKER : submission.registeredBy(), null);
		int files = evidence.attachDrafts(submission.draftToken(), request.getId());
		auditLog.record(web ? "REQUEST_SUBMITTED" : "REQUEST_REGISTERED", RequestTimeline.subject(trackingNo),
				Detail.of("audit.detail.submitted", Detail.label("channel." + submission.channel()),
						Detail.label("category." + details.category()), files));
		return submitted(request, submission, true);
	}

	/**
	 * Staff learn the number of a likely duplicate they may see, and of one they may not, nothing:
	 * that the same person asked about the same employer in another county is the city's to see.
	 */
	private SubmittedRequest submitted(HelpRequest request, Submission submission, boolean filedNow) {
		Long duplicateCounty = request.getLikelyDuplicateCountyId();
		String number = duplicateCounty == null || !submission.maySeeRequestsIn(duplicateCounty) ? null
				: requests.findById(request.getLikelyDuplicateOf()).map(HelpRequest::getTrackingNo).orElse(null);
		return new SubmittedRequest(request.getTrackingNo(), number, filedNow, request.getSubmittedAt());
	}

	/**
	 * Checks a tracking number and query code. A wrong code and an unknown number give the same
	 * answer, in the same time.
	 * @return the worker's key to the request, when both match
	 */
	@Transactional(readOnly = true)
	public Optional<WorkerKey> verify(String typedTrackingNo, String typedCode) {
		String trackingNo = TrackingNumbers.normalize(typedTrackingNo);
		Optional<HelpRequest> request = trackingNo == null ? Optional.empty()
				: requests.findByTrackingNo(trackingNo).filter(found -> found.getAnonymisedAt() == null);
		if (request.isEmpty()) { // unknown, or its personal data removed (its code opens nothing)
			codes.spendDecoyCheck(typedCode);
			return Optional.empty();
		}
		return codes.matches(typedCode, request.get().getQueryCodeHash()) ? Optional.of(new WorkerKey(trackingNo))
				: Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<WorkerRequestView> workerView(WorkerKey key) {
		return requests.findByTrackingNo(key.trackingNo()).map(request -> {
			Rating rating = request.rating();
			return new WorkerRequestView(request.getTrackingNo(), request.getStatus(), request.getCategory(),
					request.getChannel(), request.getSubmittedAt(), request.getCountyId(), request.employer().getName(),
					Masking.mobile(request.worker().getMobile()), request.wages().getAmountOwed(),
					request.wages().getRoster().size(), request.wages().rosterTotal(), timeline.of(request, true),
					evidence.ofRequest(request.getId()), rating == null ? null : rating.getScore(),
					rating == null ? null : rating.getComment());
		});
	}

	/** The worker writes to the union while the request is open. */
	@Transactional
	public void addWorkerMessage(WorkerKey key, String text) {
		HelpRequest request = load(key);
		request.checkOpenForWorker();
		// Taken before the message is written: the case marks it unread from no later than its time.
		java.time.Instant sent = clock.instant();
		timeline.add(request, EventKind.WORKER_MESSAGE, true, RequestTimeline.WORKER, text.strip());
		publisher.publishEvent(new WorkerWrote(request.getId(), sent));
	}

	/** The worker adds evidence while the request is open. */
	@Transactional
	public EvidenceIntake.Outcome addWorkerEvidence(WorkerKey key, List<MultipartFile> files) {
		HelpRequest request = load(key);
		request.checkOpenForWorker();
		java.time.Instant sent = clock.instant();
		EvidenceIntake.Outcome outcome = evidence.acceptForRequest(request.getId(), files, RequestTimeline.WORKER);
		if (!outcome.stored().isEmpty()) {
			timeline.add(request, EventKind.WORKER_EVIDENCE, true, RequestTimeline.WORKER,
					Integer.toString(outcome.stored().size()));
			publisher.publishEvent(new WorkerWrote(request.getId(), sent));
		}
		return outcome;
	}

	/** The worker rates the service once the request is finished. */
	@Transactional
	public void rate(WorkerKey key, int score, String comment) {
		HelpRequest request = load(key);
		request.rate(score, comment, clock.instant());
		timeline.add(request, EventKind.RATED, true, RequestTimeline.WORKER, Integer.toString(score));
		publisher.publishEvent(new ServiceRated(request.getId(), score, request.rating().getComment()));
	}

	private HelpRequest load(WorkerKey key) {
		return requests.findByTrackingNo(key.trackingNo())
			.orElseThrow(() -> new RequestNotFoundException(key.trackingNo()));
	}

}
