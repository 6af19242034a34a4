package org.unionrights.intake;

import java.time.Instant;

/**
 * A step on a request's timeline as pages show it. {@code text} is what was written (a message or
 * reply), or, for a status change, the new status's name.
 */
public record TimelineEntry(Instant occurredAt, EventKind kind, boolean publicEvent, String author, String text) {

	static final String STEP_SEPARATOR = "|";

	/** For a case step: the message key of its text. */
	public String stepKey() {
		return kind == EventKind.CASE_STEP ? text.split("\\|", -1)[0] : null;
	}

	/** For a case step: the arguments of its message. */
	public Object[] stepArgs() {
		if (kind != EventKind.CASE_STEP) {
			return new Object[0];
		}
		String[] parts = text.split("\\|", -1);
		return java.util.Arrays.copyOfRange(parts, 1, parts.length);
	}

}
