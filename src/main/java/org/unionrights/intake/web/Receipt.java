package org.unionrights.intake.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the receipt page shows: the tracking number, the query code (never stored in plain text
 * anywhere but this browser session, for {@link Receipts#SHOWN_FOR}; {@code null} when an earlier
 * copy of the form showed it) and, for staff, a likely duplicate they may see, by its number.
 */
record Receipt(String trackingNo, String queryCode, String likelyDuplicateOf, Instant filedAt) implements Serializable {

	/** The same receipt without its code. */
	Receipt withoutCode() {
		return new Receipt(trackingNo, null, likelyDuplicateOf, filedAt);
	}

}
