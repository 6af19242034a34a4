package org.unionrights.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One recorded action. Never changed after it is written.
 */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	private String action;

	private String subject;

	private String detail;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String subject, String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.detail = detail;
	}

	AuditEntry toEntry() {
		return new AuditEntry(id, occurredAt, actor, action, subject, detail);
	}

}
