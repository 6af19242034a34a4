package org.unionrights.audit;

import java.time.Instant;

/**
 * A line of the audit log as pages show it. {@code action} is a message key suffix
 * ({@code audit.action.<action>}); {@code actorName} the actor's display name (their log-in name
 * when the account is gone); what it says is {@code structured}, rendered by {@link AuditTexts},
 * or on lines written before that existed the plain {@code detail}.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorName, String action, String subject,
		String detail, Detail structured) {
}
