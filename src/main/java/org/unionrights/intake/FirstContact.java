package org.unionrights.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The union's service clock on a new request: staff must first contact the worker within a
 * working day of it arriving; a request still without contact is chased (催办), and later
 * escalated to city staff (see {@link RequestChasing}). All three are written by bulk updates
 * ({@link HelpRequests#recordFirstContact}, {@link HelpRequests#chase},
 * {@link HelpRequests#escalate}), never through the entity, so they never make someone's open
 * form stale, nor fail on it, nor are written back stale by someone else's save.
 */
@Embeddable
class FirstContact {

	/** A request nobody answered, chased or escalated yet. */
	static final FirstContact NONE = new FirstContact();

	@Column(name = "first_contact_at")
	private Instant madeAt;

	@Column(name = "chased_at")
	private Instant chasedAt;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

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
