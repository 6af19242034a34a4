package org.unionrights.intake.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The worker's rating of the service: 1 to 5, and a comment if they like.
 */
public class RatingForm {

	@NotNull(message = "{rating.score}")
	@Min(value = 1, message = "{rating.score}")
	@Max(value = 5, message = "{rating.score}")
	private Integer score;

	@Size(max = 500, message = "{validation.size.max}")
	private String comment;

	public Integer getScore() {
		return score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
