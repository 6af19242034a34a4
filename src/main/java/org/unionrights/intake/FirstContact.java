package org.unionrights.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The union's service clock on a new request: staff must first contact the worker within a
 * working day of it arriving; a request still without contact is chased (催办), and later
 * escalated to city staff (see {@link RequestChasing}). The marks are written by bulk updates
 * ({@link HelpRequests#chase}, {@link HelpRequests#escalate}), so they never make someone's
 * open form stale, nor fail on it.
 */
@Embeddable
class FirstContact {

	@Column(name = "first_contact_at")
	private Instant madeAt;

	@Column(name = "chased_at")
	private Instant chasedAt;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	/** Staff answered the worker: the first contact, if it is the first. */
	void record(Instant now) {
		if (madeAt == null) {
			madeAt = now;
		}
	}

	boolean isMade() {
		return madeAt != null;
	}

	boolean isChased() {
		return chasedAt != null;
	}

	boolean isEscalated() {
		return escalatedAt != null;
	}

}
