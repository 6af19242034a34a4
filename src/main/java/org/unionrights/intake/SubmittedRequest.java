package org.unionrights.intake;

/**
 * The outcome of a submission: the tracking number, the tracking number of a likely duplicate
 * (same mobile, same employer within 30 days) when there is one, the duplicate's county, and
 * whether this submission filed the request or found it filed by an earlier copy of the form.
 */
public record SubmittedRequest(String trackingNo, String likelyDuplicateOf, Long likelyDuplicateCountyId,
		boolean filedNow) {
}
