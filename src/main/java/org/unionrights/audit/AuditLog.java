package org.unionrights.audit;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what. The actor is the signed-in user, or {@code system} for work the portal
 * does by itself. Recording joins the caller's transaction, so an action that rolls back leaves
 * no trace claiming it happened.
 */
@Service
public class AuditLog {

	static final String SYSTEM = "system";

	private static final int MAX_DETAIL = 1000;

	private final AuditEvents events;

	private final Clock clock;

	AuditLog(AuditEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String subject, String detail) {
		String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
		events.save(new AuditEvent(clock.instant(), currentActor(), action, subject, trimmed));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> recent(Pageable pageable) {
		return events.findAllByOrderByOccurredAtDescIdDesc(pageable).map(AuditEvent::toEntry);
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> about(String subject, Pageable pageable) {
		return events.findBySubjectOrderByOccurredAtDescIdDesc(subject, pageable).map(AuditEvent::toEntry);
	}

	/** The signed-in user's name, or {@code system}. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
