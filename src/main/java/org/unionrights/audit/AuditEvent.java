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

	@Column(name = "detail_key")
	private String detailKey;

	@org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
	@Column(name = "detail_args")
	private String[] detailArgs;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String subject, String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.detail = detail;
	}

	AuditEvent(Instant occurredAt, String actor, String action, String subject, Detail detail) {
		this(occurredAt, actor, action, subject, (String) null);
		this.detailKey = detail.key();
		this.detailArgs = detail.args().toArray(String[]::new);
	}

	AuditEntry toEntry(java.util.Map<String, String> names) {
		return new AuditEntry(id, occurredAt, actor, names.getOrDefault(actor, actor), action, subject, detail,
				detailKey == null ? null : new Detail(detailKey, java.util.Arrays.asList(detailArgs)));
	}

	String getActor() {
		return actor;
	}

	/** The log-in names this line names: its actor and the people of its detail. */
	java.util.stream.Stream<String> people() {
		java.util.stream.Stream<String> named = detailArgs == null ? java.util.stream.Stream.empty()
				: java.util.Arrays.stream(detailArgs)
					.filter(arg -> arg.startsWith(Detail.PERSON))
					.map(arg -> arg.substring(Detail.PERSON.length()));
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(actor), named);
	}

}
