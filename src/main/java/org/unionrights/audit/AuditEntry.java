package org.unionrights.audit;

import java.time.Instant;

/**
 * A line of the audit log as pages show it. {@code action} is a message key suffix
 * ({@code audit.action.<action>}).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subject, String detail) {
}
