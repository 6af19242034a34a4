package org.unionrights.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.unionrights.common.RuleViolationException;

/**
 * How a line of a case's record (a ledger line, a track step) was voided: never deleted, but
 * crossed out once, by someone, with a reason, and kept. A line not voided has none of the three.
 */
@Embeddable
class Voiding {

	/** A line that stands. */
	static final Voiding NONE = new Voiding();

	@Column(name = "voided_by")
	private String by;

	@Column(name = "voided_at")
	private Instant at;

	@Column(name = "void_reason")
	private String reason;

	protected Voiding() {
	}

	private Voiding(String by, String reason, Instant at) {
		this.by = by;
		this.reason = reason;
		this.at = at;
	}

	/**
	 * The line voided now, with a reason; a line is voided once ({@code alreadyVoided} is the
	 * message key of that refusal, in the words of the line's kind).
	 */
	Voiding voidedBy(String by, String reason, Instant now, String alreadyVoided) {
		if (isVoided()) {
			throw new RuleViolationException(null, alreadyVoided);
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "validation.required");
		}
		return new Voiding(by, reason.strip(), now);
	}

	boolean isVoided() {
		return at != null;
	}

	String getBy() {
		return by;
	}

	Instant getAt() {
		return at;
	}

	String getReason() {
		return reason;
	}

}
