package org.unionrights.intake;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.unionrights.common.RuleViolationException;

/**
 * A worker's request for help: what happened, the employer, the worker's contact, the details of
 * a wage or injury claim, and where the request stands. It guards its own status moves, the
 * worker's messages (while open) and the rating (once, when finished).
 */
@Entity
@DynamicUpdate
@Table(name = "help_request")
class HelpRequest {

	static final String PRIVACY_VERSION = "2026-11";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tracking_no")
	private String trackingNo;

	@Column(name = "query_code_hash")
	private String queryCodeHash;

	@Column(name = "submission_token")
	private String submissionToken;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	@Enumerated(EnumType.STRING)
	private RequestCategory category;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "registered_by")
	private String registeredBy;

	private String description;

	@Embedded
	private Employer employer;

	@Column(name = "county_id")
	private long countyId;

	@Column(name = "problem_since")
	private LocalDate problemSince;

	@Embedded
	private Worker worker;

	@Column(name = "workers_affected")
	private int workersAffected;

	/** Read back as {@code null} when the request is not about wages: see {@link #wages()}. */
	@Embedded
	private WageClaim wages;

	/** Read back as {@code null} when the request is not about an injury: see {@link #injury()}. */
	@Embedded
	private InjuryClaim injury;

	@Column(name = "consent_at")
	private Instant consentAt;

	@Column(name = "privacy_version")
	private String privacyVersion;

	@Column(name = "likely_duplicate_of")
	private Long likelyDuplicateOf;

	/** The likely duplicate's county: whether a user may hear of it is decided without loading it. */
	@Column(name = "likely_duplicate_county_id")
	private Long likelyDuplicateCountyId;

	@Column(name = "merged_into")
	private Long mergedInto;

	// Written by bulk updates only, and not part of the optimistic lock (an update of the request
	// writes only what changed, @DynamicUpdate, so never these).
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@Embedded
	private FirstContact firstContact;

	/** Read back as {@code null} until the worker rated the service. */
	@Embedded
	private Rating rating;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	/** Lower-cased names, employer, site and text, for triage search (computed by the database). */
	@Column(name = "search_text", insertable = false, updatable = false)
	private String searchText;

	@Column(name = "updated_at")
	private Instant updatedAt;

	/** When it was closed, referred, declined or merged; {@code null} while open (or reopened). */
	@Column(name = "finished_at")
	private Instant finishedAt;

	/** When its personal data was removed ({@link Anonymisation}); read only here. */
	@Column(name = "anonymised_at", insertable = false, updatable = false)
	private Instant anonymisedAt;

	@Version
	private long version;

	protected HelpRequest() {
	}

	HelpRequest(String trackingNo, String queryCodeHash, String submissionToken, Channel channel, String registeredBy,
			NewHelpRequest details, Instant now) {
		if (channel.isStaffChannel() == (registeredBy == null)) {
			throw new IllegalArgumentException("staff channels need the staff member, the web form none");
		}
		this.trackingNo = trackingNo;
		this.queryCodeHash = queryCodeHash;
		this.submissionToken = submissionToken;
		this.status = RequestStatus.SUBMITTED;
		this.channel = channel;
		this.registeredBy = registeredBy;
		this.category = details.category();
		this.description = details.description().strip();
		this.employer = new Employer(details.employerName(), details.employerCreditCode());
		this.countyId = details.countyId();
		this.problemSince = details.problemSince();
		this.worker = new Worker(details);
		this.workersAffected = details.workersAffected();
		if (category == RequestCategory.WAGES && details.wages() != null) {
			this.wages = new WageClaim(details.wages());
		}
		if (category == RequestCategory.INJURY && details.injury() != null) {
			this.injury = new InjuryClaim(details.injury());
		}
		this.consentAt = now;
		this.privacyVersion = PRIVACY_VERSION;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void markLikelyDuplicateOf(HelpRequest other) {
		this.likelyDuplicateOf = other.getId();
		this.likelyDuplicateCountyId = other.getCountyId();
	}

	/** Moves the request along its lifecycle, refusing moves the lifecycle does not have. */
	void moveTo(RequestStatus next, Instant now) {
		if (next == RequestStatus.MERGED) {
			throw new IllegalArgumentException("a request is merged with mergeInto, which names the other one");
		}
		move(next, now);
	}

	private void move(RequestStatus next, Instant now) {
		if (!status.mayMoveTo(next)) {
			throw new RuleViolationException(null, "request.status.illegal");
		}
		this.status = next;
		this.updatedAt = now;
		this.finishedAt = next.isFinished() ? now : null;
	}

	/** The first-contact clock; empty (never {@code null}) while nobody answered or chased. */
	FirstContact firstContact() {
		return firstContact == null ? FirstContact.NONE : firstContact;
	}

	/** Merges this request, a duplicate, into another one that goes on. */
	void mergeInto(HelpRequest other, Instant now) {
		if (other.id.equals(id) || !other.status.isOpen() || other.countyId != countyId) {
			throw new RuleViolationException("body", "triage.merge.target");
		}
		move(RequestStatus.MERGED, now);
		this.mergedInto = other.id;
	}

	/**
	 * Triage accepts only a request still waiting for it: a closed one goes back to work by its
	 * case being reopened, never by a second case.
	 */
	void checkAwaitingTriage() {
		if (status != RequestStatus.SUBMITTED) {
			throw new RuleViolationException(null, "request.status.illegal");
		}
	}

	/** A worker's message or evidence is only taken while the request is open. */
	void checkOpenForWorker() {
		if (!status.isOpen()) {
			throw new RuleViolationException(null, "request.closed");
		}
	}

	void rate(int score, String comment, Instant now) {
		if (!status.isFinished()) {
			throw new RuleViolationException(null, "rating.notYet");
		}
		if (rating != null) {
			throw new RuleViolationException(null, "rating.already");
		}
		this.rating = new Rating(score, comment, now);
		this.updatedAt = now;
	}

	/** Everyone the request is for: every worker of the roster, or as many as were named. */
	int workersHelped() {
		return Math.max(1, Math.max(workersAffected, wages().getRoster().size()));
	}

	/** The request as it is when accepted, for the case opened from it. */
	AcceptedRequest accepted() {
		String names = worker.getName() + (wages().getRosterNames() == null ? "" : " " + wages().getRosterNames());
		return new AcceptedRequest(id, trackingNo, countyId, category, employer.getName(), employer.getKey(),
				workersHelped(), worker.isMigrant(), wages().amountClaimed(), names);
	}

	Employer employer() {
		return employer;
	}

	Worker worker() {
		return worker;
	}

	/** The worker's rating, or {@code null} before they rated. */
	Rating rating() {
		return rating;
	}

	WageClaim wages() {
		return wages == null ? WageClaim.NONE : wages;
	}

	InjuryClaim injury() {
		return injury == null ? InjuryClaim.NONE : injury;
	}

	Long getId() {
		return id;
	}

	String getTrackingNo() {
		return trackingNo;
	}

	String getQueryCodeHash() {
		return queryCodeHash;
	}

	RequestStatus getStatus() {
		return status;
	}

	RequestCategory getCategory() {
		return category;
	}

	Channel getChannel() {
		return channel;
	}

	long getCountyId() {
		return countyId;
	}


	Long getLikelyDuplicateOf() {
		return likelyDuplicateOf;
	}

	Long getLikelyDuplicateCountyId() {
		return likelyDuplicateCountyId;
	}

	Instant getAnonymisedAt() {
		return anonymisedAt;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	int getWorkersAffected() {
		return workersAffected;
	}

	String getDescription() {
		return description;
	}

	String getRegisteredBy() {
		return registeredBy;
	}

}
