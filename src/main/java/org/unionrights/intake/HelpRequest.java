package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;

/**
 * A worker's request for help: what happened, the employer, the worker's contact, the details of
 * a wage or injury claim, and where the request stands. It guards its own status moves, the
 * worker's messages (while open) and the rating (once, when finished).
 */
@Entity
@Table(name = "help_request")
class HelpRequest {

	static final String PRIVACY_VERSION = "2026-11";

	private static final Map<RequestStatus, Set<RequestStatus>> MOVES = Map.of(RequestStatus.SUBMITTED,
			EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.REFERRED, RequestStatus.DECLINED, RequestStatus.MERGED),
			RequestStatus.ACCEPTED, EnumSet.of(RequestStatus.CLOSED), RequestStatus.CLOSED,
			EnumSet.of(RequestStatus.ACCEPTED), RequestStatus.REFERRED, EnumSet.noneOf(RequestStatus.class),
			RequestStatus.DECLINED, EnumSet.noneOf(RequestStatus.class), RequestStatus.MERGED,
			EnumSet.noneOf(RequestStatus.class));

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

	@Column(name = "employer_name")
	private String employerName;

	@Column(name = "employer_credit_code")
	private String employerCreditCode;

	@Column(name = "employer_key")
	private String employerKey;

	@Column(name = "county_id")
	private long countyId;

	@Column(name = "problem_since")
	private LocalDate problemSince;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_mobile")
	private String contactMobile;

	@Column(name = "id_number")
	private String idNumber;

	@Column(name = "migrant_worker")
	private boolean migrantWorker;

	@Enumerated(EnumType.STRING)
	@Column(name = "new_form_work")
	private NewFormWork newFormWork;

	@Column(name = "workers_affected")
	private int workersAffected;

	@Column(name = "project_site")
	private String projectSite;

	@Column(name = "general_contractor")
	private String generalContractor;

	private String subcontractor;

	@Column(name = "period_from")
	private LocalDate periodFrom;

	@Column(name = "period_to")
	private LocalDate periodTo;

	@Column(name = "amount_owed")
	private BigDecimal amountOwed;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "wage_roster_entry", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "line_no")
	private List<RosterEntry> roster = new ArrayList<>();

	@Column(name = "accident_date")
	private LocalDate accidentDate;

	private String injury;

	@Enumerated(EnumType.STRING)
	@Column(name = "injury_reported")
	private InjuryReported injuryReported;

	@Column(name = "consent_at")
	private Instant consentAt;

	@Column(name = "privacy_version")
	private String privacyVersion;

	@Column(name = "likely_duplicate_of")
	private Long likelyDuplicateOf;

	@Column(name = "merged_into")
	private Long mergedInto;

	// The service clock's marks, written by bulk updates (HelpRequests.chase, escalate): they never
	// make someone's open form stale, nor fail on it.
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@Column(name = "chased_at")
	private Instant chasedAt;

	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Column(name = "first_contact_at")
	private Instant firstContactAt;

	@Column(name = "rating_score")
	private Integer ratingScore;

	@Column(name = "rating_comment")
	private String ratingComment;

	@Column(name = "rated_at")
	private Instant ratedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	/** Lower-cased names, employer, site and text, for triage search (computed by the database). */
	@Column(name = "search_text", insertable = false, updatable = false)
	private String searchText;

	@Column(name = "updated_at")
	private Instant updatedAt;

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
		this.employerName = details.employerName().strip();
		this.employerCreditCode = blankToNull(details.employerCreditCode());
		this.employerKey = employerKey(employerName, employerCreditCode);
		this.countyId = details.countyId();
		this.problemSince = details.problemSince();
		this.contactName = details.contactName().strip();
		this.contactMobile = details.contactMobile();
		this.idNumber = blankToNull(details.idNumber());
		this.migrantWorker = details.migrantWorker();
		this.newFormWork = details.newFormWork();
		this.workersAffected = details.workersAffected();
		if (category == RequestCategory.WAGES) {
			this.projectSite = blankToNull(details.projectSite());
			this.generalContractor = blankToNull(details.generalContractor());
			this.subcontractor = blankToNull(details.subcontractor());
			this.periodFrom = details.periodFrom();
			this.periodTo = details.periodTo();
			this.amountOwed = details.amountOwed();
			details.roster().forEach(line -> roster.add(new RosterEntry(line.name(), line.mobile(), line.amount())));
		}
		if (category == RequestCategory.INJURY) {
			this.accidentDate = details.accidentDate();
			this.injury = blankToNull(details.injury());
			this.injuryReported = details.injuryReported();
		}
		this.consentAt = now;
		this.privacyVersion = PRIVACY_VERSION;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/**
	 * The same employer, however it was typed: its credit code when known, else its name without
	 * spaces and punctuation.
	 */
	static String employerKey(String name, String creditCode) {
		if (creditCode != null && !creditCode.isBlank()) {
			return "code:" + creditCode.strip().toUpperCase(Locale.ROOT);
		}
		String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}（）()“”\"·、，。]", "");
		return "name:" + (normalized.length() > 110 ? normalized.substring(0, 110) : normalized);
	}

	void markLikelyDuplicateOf(long otherId) {
		this.likelyDuplicateOf = otherId;
	}

	/** Moves the request along its lifecycle, refusing moves the lifecycle does not have. */
	void moveTo(RequestStatus next, Instant now) {
		if (next == RequestStatus.MERGED) {
			throw new IllegalArgumentException("a request is merged with mergeInto, which names the other one");
		}
		move(next, now);
	}

	private void move(RequestStatus next, Instant now) {
		if (!MOVES.get(status).contains(next)) {
			throw new RuleViolationException(null, "request.status.illegal");
		}
		this.status = next;
		this.updatedAt = now;
	}

	/** Staff answered the worker: the first contact, if it is the first. */
	void recordContact(Instant now) {
		if (firstContactAt == null) {
			firstContactAt = now;
		}
	}

	Instant getChasedAt() {
		return chasedAt;
	}

	Instant getEscalatedAt() {
		return escalatedAt;
	}

	Instant getFirstContactAt() {
		return firstContactAt;
	}

	/** Merges this request, a duplicate, into another one that goes on. */
	void mergeInto(HelpRequest other, Instant now) {
		if (other.id.equals(id) || !other.status.isOpen() || other.countyId != countyId) {
			throw new RuleViolationException("body", "triage.merge.target");
		}
		move(RequestStatus.MERGED, now);
		this.mergedInto = other.id;
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
		if (ratingScore != null) {
			throw new RuleViolationException(null, "rating.already");
		}
		if (score < 1 || score > 5) {
			throw new RuleViolationException("score", "rating.score");
		}
		this.ratingScore = score;
		this.ratingComment = blankToNull(comment);
		this.ratedAt = now;
		this.updatedAt = now;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
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

	String getEmployerName() {
		return employerName;
	}

	String getEmployerKey() {
		return employerKey;
	}

	String getContactMobile() {
		return contactMobile;
	}

	BigDecimal getAmountOwed() {
		return amountOwed;
	}

	List<RosterEntry> getRoster() {
		return roster;
	}

	Integer getRatingScore() {
		return ratingScore;
	}

	String getRatingComment() {
		return ratingComment;
	}

	Long getLikelyDuplicateOf() {
		return likelyDuplicateOf;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	int getWorkersAffected() {
		return workersAffected;
	}

	String getContactName() {
		return contactName;
	}

	String getIdNumber() {
		return idNumber;
	}

	String getDescription() {
		return description;
	}

	String getEmployerCreditCode() {
		return employerCreditCode;
	}

	String getProjectSite() {
		return projectSite;
	}

	String getGeneralContractor() {
		return generalContractor;
	}

	String getSubcontractor() {
		return subcontractor;
	}

	LocalDate getPeriodFrom() {
		return periodFrom;
	}

	LocalDate getPeriodTo() {
		return periodTo;
	}

	LocalDate getAccidentDate() {
		return accidentDate;
	}

	String getInjury() {
		return injury;
	}

	InjuryReported getInjuryReported() {
		return injuryReported;
	}

	NewFormWork getNewFormWork() {
		return newFormWork;
	}

	String getRegisteredBy() {
		return registeredBy;
	}

	long getVersion() {
		return version;
	}

	boolean isMigrantWorker() {
		return migrantWorker;
	}

}
