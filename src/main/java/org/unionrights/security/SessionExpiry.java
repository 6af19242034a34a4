package org.unionrights.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Expires the sessions named by {@link SignOutEverywhere} once the change is committed, so that a
 * signed-in user, on any portal instance, never goes on with a role, county or account that is no longer theirs.
 */
@Component
class SessionExpiry {

	private final SessionRegistry sessions;

	SessionExpiry(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(SignOutEverywhere event) {
		// Found by principal name among the sessions in PostgreSQL: those of every instance.
		sessions.getAllSessions(event.username(), false).forEach(SessionInformation::expireNow);
	}

}
