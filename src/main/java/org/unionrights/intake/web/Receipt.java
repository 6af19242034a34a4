package org.unionrights.intake.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the receipt page shows: the tracking number, the query code (never stored in plain text
 * anywhere but this browser session, for {@link Receipts#SHOWN_FOR}; {@code null} when an earlier
 * copy of the form showed it) and, for staff, a likely duplicate — by number, or only as "in
 * another county" to a county officer.
 */
record Receipt(String trackingNo, String queryCode, String likelyDuplicateOf, boolean duplicateElsewhere,
		Instant filedAt) implements Serializable {

	/** The same receipt without its code. */
	Receipt withoutCode() {
		return new Receipt(trackingNo, null, likelyDuplicateOf, duplicateElsewhere, filedAt);
	}

}
