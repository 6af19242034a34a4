package org.unionrights.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.unionrights.common.RuleViolationException;

/**
 * How the worker rated the service of a case, and the follow-up (回访) staff owe them after a poor
 * rating: {@value #POOR} or less calls for one, recorded once with what the worker said.
 */
@Embeddable
class CaseRating {

	static final int POOR = 2;

	@Column(name = "rating_score")
	private Integer score;

	@Column(name = "rating_comment")
	private String comment;

	@Column(name = "follow_up_due")
	private boolean followUpDue;

	@Column(name = "follow_up_note")
	private String followUpNote;

	@Column(name = "follow_up_at")
	private Instant followUpAt;

	@Column(name = "follow_up_by")
	private String followUpBy;

	void rated(int score, String comment) {
		this.score = score;
		this.comment = comment;
		this.followUpDue = score <= POOR;
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

	Integer getScore() {
		return score;
	}

	String getComment() {
		return comment;
	}

	boolean isFollowUpDue() {
		return followUpDue;
	}

	String getFollowUpNote() {
		return followUpNote;
	}

	Instant getFollowUpAt() {
		return followUpAt;
	}

	String getFollowUpBy() {
		return followUpBy;
	}

}
