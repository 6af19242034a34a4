package org.unionrights.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a case's log as the case page shows it.
 */
public record EntryView(EntryKind kind, ContactChannel channel, ContactParty party, LocalDate date, String text,
		String recordedBy, Instant recordedAt) {
}
