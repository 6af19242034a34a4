package org.unionrights.cases;

import java.time.LocalDate;

import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;

/**
 * A recorded clock event as the case page lists it.
 */
public record ClockEventView(ClockRule rule, ClockEvent.Kind kind, LocalDate date, LocalDate until, String note,
		String recordedBy) {
}
