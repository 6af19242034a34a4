package org.unionrights.intake.web;

import java.io.Serializable;

/**
 * What the receipt page shows once: the tracking number, the query code (never stored in plain
 * text anywhere else) and, for staff, a likely duplicate.
 */
record Receipt(String trackingNo, String queryCode, String likelyDuplicateOf) implements Serializable {
}
