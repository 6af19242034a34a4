package org.unionrights.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.unionrights.common.Texts;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;

/**
 * A dated fact of one of a case's legal clocks, recorded by hand or by a track step. Never changed;
 * removed only with the step that recorded it, when that step is voided.
 */
@Entity
@Immutable
@Table(name = "case_clock_event")
class CaseClockEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "step_id")
	private Long stepId;

	@Enumerated(EnumType.STRING)
	private ClockRule rule;

	@Enumerated(EnumType.STRING)
	private ClockEvent.Kind kind;

	@Column(name = "event_date")
	private LocalDate eventDate;

	private String note;

	@Column(name = "extended_until")
	private LocalDate extendedUntil;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected CaseClockEvent() {
	}

	CaseClockEvent(long caseId, Long stepId, ClockRule rule, ClockEvent event, String note, String recordedBy,
			Instant recordedAt) {
		this.caseId = caseId;
		this.stepId = stepId;
		this.rule = rule;
		this.kind = event.kind();
		this.eventDate = event.date();
		this.extendedUntil = event.until();
		this.note = Texts.blankToNull(note);
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	long getCaseId() {
		return caseId;
	}

	ClockRule getRule() {
		return rule;
	}

	ClockEvent toClockEvent() {
		return new ClockEvent(eventDate, kind, extendedUntil);
	}

	/** Whether this records the same fact of the same clock. */
	boolean records(ClockRule rule, ClockEvent event) {
		return this.rule == rule && toClockEvent().equals(event);
	}

	ClockEventView toView() {
		return new ClockEventView(rule, kind, eventDate, extendedUntil, note, recordedBy);
	}

}
