package org.unionrights.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;

/**
 * A case: who handles it and how it ended. It closes once, with an outcome.
 */
@Entity
@Table(name = "legal_case")
class LegalCase {

	static final int POOR_RATING = 2;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_no")
	private String caseNo;

	@Column(name = "request_id")
	private long requestId;

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

	@Column(name = "rating_score")
	private Integer ratingScore;

	@Column(name = "rating_comment")
	private String ratingComment;

	@Column(name = "follow_up_due")
	private boolean followUpDue;

	@Column(name = "follow_up_note")
	private String followUpNote;

	@Column(name = "follow_up_at")
	private Instant followUpAt;

	@Column(name = "follow_up_by")
	private String followUpBy;

	@Version
	private long version;

	protected LegalCase() {
	}

	LegalCase(String caseNo, long requestId, long countyId, long teamId, long lawyerAccountId, String openedBy,
			Instant now) {
		this.caseNo = caseNo;
		this.requestId = requestId;
		this.countyId = countyId;
		this.teamId = teamId;
		this.lawyerAccountId = lawyerAccountId;
		this.status = CaseStatus.OPEN;
		this.openedBy = openedBy;
		this.openedAt = now;
	}

	void close(CaseOutcome outcome, String note, String by, Instant now) {
		if (!isOpen()) {
			throw new RuleViolationException(null, "case.closed");
		}
		this.status = CaseStatus.CLOSED;
		this.outcome = outcome;
		this.closingNote = note == null || note.isBlank() ? null : note.strip();
		this.closedBy = by;
		this.closedAt = now;
	}

	/** The worker's rating; {@value #POOR_RATING} or less calls for a follow-up by staff. */
	void rated(int score, String comment) {
		this.ratingScore = score;
		this.ratingComment = comment;
		this.followUpDue = score <= POOR_RATING;
	}

	void recordFollowUp(String note, String by, Instant now) {
		if (!followUpDue) {
			throw new RuleViolationException(null, "case.followUp.none");
		}
		this.followUpDue = false;
		this.followUpNote = note.strip();
		this.followUpBy = by;
		this.followUpAt = now;
	}

	boolean isFollowUpDue() {
		return followUpDue;
	}

	boolean isOpen() {
		return status == CaseStatus.OPEN;
	}

	CaseView toView(String trackingNo, String teamName, String lawyerName) {
		return new CaseView(caseNo, trackingNo, countyId, teamName, lawyerName, isOpen(), outcome, closingNote,
				openedAt, openedBy, closedAt, closedBy, ratingScore, ratingComment, followUpDue, followUpNote, followUpAt,
				followUpBy, version);
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

	long getCountyId() {
		return countyId;
	}

	long getTeamId() {
		return teamId;
	}

	long getLawyerAccountId() {
		return lawyerAccountId;
	}

	long getVersion() {
		return version;
	}

}
