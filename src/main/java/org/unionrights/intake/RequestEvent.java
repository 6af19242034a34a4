package org.unionrights.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One step on a request's timeline. Public steps are shown to the worker; internal notes never.
 */
@Entity
@Immutable
@Table(name = "request_event")
class RequestEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id")
	private long requestId;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Column(name = "public_event")
	private boolean publicEvent;

	private String author;

	private String text;

	protected RequestEvent() {
	}

	RequestEvent(long requestId, Instant occurredAt, EventKind kind, boolean publicEvent, String author, String text) {
		this.requestId = requestId;
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.publicEvent = publicEvent;
		this.author = author;
		this.text = text;
	}

	TimelineEntry toEntry() {
		return toEntry(java.util.Map.of());
	}

	/** The step, its author shown by display name where {@code names} knows it. */
	TimelineEntry toEntry(java.util.Map<String, String> names) {
		return new TimelineEntry(occurredAt, kind, publicEvent, author, names.getOrDefault(author, author), text);
	}

	String getAuthor() {
		return author;
	}

}
