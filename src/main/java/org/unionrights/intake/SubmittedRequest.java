package org.unionrights.intake;

import java.time.Instant;

/**
 * The outcome of a submission: the tracking number; a likely duplicate (same mobile, same
 * employer within 30 days) by its tracking number, when the registrar may see it (a county
 * officer hears nothing of one in another county: the city union's triage sees it); and whether
 * this submission filed the request or found it filed by an earlier copy of the form; and when
 * the request was filed.
 */
public record SubmittedRequest(String trackingNo, String likelyDuplicateOf, boolean filedNow, Instant filedAt) {
}
