package org.unionrights.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;

/**
 * A dated fact for one of the case's legal clocks.
 */
public class ClockEventForm {

	@NotNull(message = "{validation.required}")
	private ClockRule rule;

	@NotNull(message = "{validation.required}")
	private ClockEvent.Kind kind;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	/** For an extension the authority approves as it sees fit: the last day it approved. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	@Size(max = 300, message = "{validation.size.max}")
	private String note;

	ClockEvent event() {
		return new ClockEvent(date, kind, until);
	}

	public LocalDate getUntil() {
		return until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public ClockRule getRule() {
		return rule;
	}

	public void setRule(ClockRule rule) {
		this.rule = rule;
	}

	public ClockEvent.Kind getKind() {
		return kind;
	}

	public void setKind(ClockEvent.Kind kind) {
		this.kind = kind;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
