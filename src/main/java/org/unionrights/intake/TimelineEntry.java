package org.unionrights.intake;

import java.time.Instant;

/**
 * A step on a request's timeline as pages show it. {@code text} is what was written (a message or
 * reply), or, for a status change, the new status's name.
 */
public record TimelineEntry(Instant occurredAt, EventKind kind, boolean publicEvent, String author, String text) {
}
