package org.unionrights.intake;

import java.time.Instant;

/**
 * A step on a request's timeline as pages show it. {@code text} is what was written (a message or
 * reply), or, for a status change, the new status's name.
 */
public record TimelineEntry(Instant occurredAt, EventKind kind, boolean publicEvent, String author, String authorName,
		String text) {

	static final String STEP_SEPARATOR = "|";

	/** Marks a reply the portal wrote as a message key and its arguments, not as text. */
	static final String KEYED = "\u001F";

	/** The text of a message key and its arguments. */
	static String keyed(String messageKey, Object... args) {
		StringBuilder text = new StringBuilder(KEYED).append(messageKey);
		for (Object arg : args) {
			text.append(STEP_SEPARATOR).append(String.valueOf(arg).replace(STEP_SEPARATOR, "/"));
		}
		return text.toString();
	}

	/** For a case step or a reply the portal wrote: the message key of its text; {@code null} otherwise. */
	public String stepKey() {
		String keyed = keyedText();
		return keyed == null ? null : keyed.split("\\|", -1)[0];
	}

	/** For a case step or a reply the portal wrote: the arguments of its message. */
	public Object[] stepArgs() {
		String keyed = keyedText();
		if (keyed == null) {
			return new Object[0];
		}
		String[] parts = keyed.split("\\|", -1);
		return java.util.Arrays.copyOfRange(parts, 1, parts.length);
	}

	private String keyedText() {
		if (kind == EventKind.CASE_STEP) {
			return text;
		}
		return kind == EventKind.STAFF_REPLY && text != null && text.startsWith(KEYED) ? text.substring(KEYED.length())
				: null;
	}

}
