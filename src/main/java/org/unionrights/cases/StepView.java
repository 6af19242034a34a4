package org.unionrights.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A track step as the case page shows it.
 */
public record StepView(Long id, Track track, TrackStep step, LocalDate date, String note, String recordedBy,
		Instant recordedAt, String voidedBy, Instant voidedAt, String voidReason) {

	public boolean voided() {
		return voidedAt != null;
	}

}
