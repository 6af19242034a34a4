package org.unionrights.cases;

import java.math.BigDecimal;
import java.time.Instant;

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
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OptimisticLock;
import org.unionrights.common.Texts;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.intake.AcceptedRequest;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

/**
 * A case: what it is about, who handles it, the money claimed and agreed, the union's service
 * clock on it, and how it ended. An open case closes with an outcome; a closed case is reopened
 * only with a reason; nothing is recorded on a closed case.
 */
@Entity
@DynamicUpdate
@Table(name = "legal_case")
class LegalCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NaturalId
	@Column(name = "case_no")
	private String caseNo;

	@Column(name = "request_id")
	private long requestId;

	@Column(name = "tracking_no")
	private String trackingNo;

	@Column(name = "county_id")
	private long countyId;

	@Column(name = "team_id")
	private long teamId;

	@Column(name = "lawyer_account_id")
	private long lawyerAccountId;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	private CaseOutcome outcome;

	@Column(name = "closing_note")
	private String closingNote;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "opened_by")
	private String openedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private String closedBy;

	@Embedded
	private CaseRating rating = new CaseRating();

	@Embedded
	private CaseSubject subject;

	@Column(name = "amount_claimed")
	private BigDecimal amountClaimed;

	@Column(name = "amount_agreed")
	private BigDecimal amountAgreed;

	@OptimisticLock(excluded = true)
	@Column(name = "last_activity_at")
	private Instant lastActivityAt;

	@OptimisticLock(excluded = true)
	@Column(name = "chased_at")
	private Instant chasedAt;

	@OptimisticLock(excluded = true)
	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@OptimisticLock(excluded = true)
	@Column(name = "worker_contact_at")
	private Instant workerContactAt;

	/** The earliest message or file of the worker nobody on the case has read; set and cleared by queries. */
	@OptimisticLock(excluded = true)
	@Column(name = "worker_message_at", insertable = false, updatable = false)
	private Instant workerMessageAt;

	@Column(name = "reopen_reason")
	private String reopenReason;

	/** Numbers, employer and names, lower case, for the case list's search. */
	@Column(name = "search_text", updatable = false)
	private String searchText;

	@Version
	private long version;

	protected LegalCase() {
	}

	/**
	 * A case of an accepted request. What it is about is copied from the request as it was
	 * accepted: the ledger's roll-ups by employer and the count of workers helped (every worker of
	 * a group's roster; migrant workers apart) read it here.
	 */
	LegalCase(String caseNo, AcceptedRequest request, long teamId, long lawyerAccountId, String openedBy, Instant now) {
		this.caseNo = caseNo;
		this.requestId = request.requestId();
		this.trackingNo = request.trackingNo();
		this.countyId = request.countyId();
		this.teamId = teamId;
		this.lawyerAccountId = lawyerAccountId;
		this.status = CaseStatus.OPEN;
		this.openedBy = openedBy;
		this.openedAt = now;
		this.lastActivityAt = now;
		this.subject = new CaseSubject(request);
		this.amountClaimed = request.amountClaimed();
		this.searchText = String.join(" ", caseNo, request.trackingNo(), request.employerName(), request.workerNames())
			.toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Refuses an edit made on a form opened before someone else's save ({@code version} is the
	 * version the form was opened at); nothing is written.
	 */
	void checkVersion(long version) {
		if (this.version != version) {
			throw new StaleEditException("case " + caseNo, this.version);
		}
	}

	/** Refuses anything recorded on a closed case. */
	void requireOpen() {
		if (!isOpen()) {
			throw new RuleViolationException(null, "case.closed");
		}
	}

	/**
	 * Whose work answers a chase (催办): the assigned lawyer's, to whom it was addressed. The service
	 * clock's columns are written by bulk updates ({@link LegalCases#touch}), never through this
	 * entity, so they neither raise its version nor fail on it.
	 */
	boolean answersChase(PortalUser by) {
		return by.getRole() == Role.LAWYER && by.getAccountId() == lawyerAccountId;
	}

	Instant getWorkerMessageAt() {
		return workerMessageAt;
	}

	Instant getChasedAt() {
		return chasedAt;
	}

	Instant getEscalatedAt() {
		return escalatedAt;
	}

	Instant getLastActivityAt() {
		return lastActivityAt;
	}

	String subjectEmployerName() {
		return subject.getEmployerName();
	}

	/** Whose work answers an escalation to the city: city staff's. */
	static boolean answersEscalation(PortalUser by) {
		return by.getRole() == Role.CITY_STAFF;
	}

	/** Refuses what only a closed case takes (reopening it). */
	void requireClosed() {
		if (isOpen()) {
			throw new RuleViolationException(null, "case.notClosed");
		}
	}

	/** Reopens a closed case, with a reason; the reason is kept and the outcome cleared. */
	void reopen(String reason) {
		requireClosed();
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "validation.required");
		}
		this.status = CaseStatus.OPEN;
		this.outcome = null;
		this.closedAt = null;
		this.closedBy = null;
		this.reopenReason = reason.strip();
	}

	/** The amounts claimed and agreed, as staff or the lawyer correct them. */
	void changeAmounts(BigDecimal claimed, BigDecimal agreed) {
		requireOpen();
		if ((claimed != null && claimed.signum() < 0) || (agreed != null && agreed.signum() < 0)) {
			throw new RuleViolationException(null, "ledger.amount.negative");
		}
		this.amountClaimed = claimed;
		this.amountAgreed = agreed;
	}

	/** Hands the case to another lawyer (of the same or another team). */
	void reassign(long teamId, long lawyerAccountId) {
		requireOpen();
		this.teamId = teamId;
		this.lawyerAccountId = lawyerAccountId;
	}

	void close(CaseOutcome outcome, String note, String by, Instant now) {
		requireOpen();
		if (outcome == null) {
			throw new RuleViolationException("outcome", "validation.required");
		}
		this.status = CaseStatus.CLOSED;
		this.outcome = outcome;
		this.closingNote = Texts.blankToNull(note);
		this.closedBy = by;
		this.closedAt = now;
	}

	/** The worker's rating, and the follow-up it may call for. */
	CaseRating rating() {
		return rating;
	}

	boolean isOpen() {
		return status == CaseStatus.OPEN;
	}

	CaseView toView(String teamName, String lawyerName) {
		return new CaseView(caseNo, trackingNo, countyId, teamName, lawyerName, isOpen(), outcome, closingNote,
				openedAt, openedBy, closedAt, closedBy, rating.getScore(), rating.getComment(), rating.isFollowUpDue(),
				rating.getFollowUpNote(), rating.getFollowUpAt(), rating.getFollowUpBy(), subject.getCategory(),
				subject.getEmployerName(), subject.getWorkersHelped(), subject.getMigrantWorkers(), amountClaimed,
				amountAgreed, lastActivityAt, chasedAt, escalatedAt, workerContactAt, workerMessageAt, reopenReason,
				version);
	}

	Long getId() {
		return id;
	}

	String getCaseNo() {
		return caseNo;
	}

	long getRequestId() {
		return requestId;
	}

	String getTrackingNo() {
		return trackingNo;
	}

	long getCountyId() {
		return countyId;
	}

	long getTeamId() {
		return teamId;
	}

	long getLawyerAccountId() {
		return lawyerAccountId;
	}

	String getEmployerKey() {
		return subject.getEmployerKey();
	}

}
