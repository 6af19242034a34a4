package org.unionrights.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Expires the sessions named by {@link SignOutEverywhere} once the change is committed, so that a
 * signed-in user never goes on with a role, county or account that is no longer theirs.
 */
@Component
class SessionExpiry {

	private final SessionRegistry sessions;

	SessionExpiry(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(SignOutEverywhere event) {
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof PortalUser user && user.getUsername().equals(event.username())) {
				sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
