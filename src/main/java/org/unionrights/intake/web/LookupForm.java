package org.unionrights.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Tracking number and query code, as the worker types them.
 */
public class LookupForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.size.max}")
	private String trackingNo;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.size.max}")
	private String queryCode;

	/** The answer to the sum the portal asks after repeated wrong codes for this number. */
	@Size(max = 10, message = "{validation.size.max}")
	private String challengeAnswer;

	public String getChallengeAnswer() {
		return challengeAnswer;
	}

	public void setChallengeAnswer(String challengeAnswer) {
		this.challengeAnswer = challengeAnswer;
	}

	public String getTrackingNo() {
		return trackingNo;
	}

	public void setTrackingNo(String trackingNo) {
		this.trackingNo = trackingNo;
	}

	public String getQueryCode() {
		return queryCode;
	}

	public void setQueryCode(String queryCode) {
		this.queryCode = queryCode;
	}

}
