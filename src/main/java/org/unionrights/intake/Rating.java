package org.unionrights.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.unionrights.common.Texts;
import org.unionrights.common.RuleViolationException;

/**
 * How the worker rated the service: 1 (very poor) to 5 (very good), with a comment if they wrote
 * one.
 */
@Embeddable
class Rating {

	@Column(name = "rating_score")
	private Integer score;

	@Column(name = "rating_comment")
	private String comment;

	@Column(name = "rated_at")
	private Instant ratedAt;

	protected Rating() {
	}

	/** A rating of 1 to 5; any other score is refused. */
	Rating(int score, String comment, Instant now) {
		if (score < 1 || score > 5) {
			throw new RuleViolationException("score", "rating.score");
		}
		this.score = score;
		this.comment = Texts.blankToNull(comment);
		this.ratedAt = now;
	}

	Integer getScore() {
		return score;
	}

	String getComment() {
		return comment;
	}

}
