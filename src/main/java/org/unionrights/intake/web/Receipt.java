package org.unionrights.intake.web;

import java.io.Serializable;

/**
 * What the receipt page shows once: the tracking number, the query code (never stored in plain
 * text anywhere else; {@code null} when an earlier copy of the form already showed it) and, for
 * staff, a likely duplicate — by number, or only as "in another county" to a county officer.
 */
record Receipt(String trackingNo, String queryCode, String likelyDuplicateOf, boolean duplicateElsewhere)
		implements Serializable {
}
