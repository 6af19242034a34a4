package org.unionrights.intake;

/**
 * The outcome of a submission: the tracking number; a likely duplicate (same mobile, same
 * employer within 30 days) by its tracking number, or, for a county officer when it lies in
 * another county, only the fact that there is one; and whether this submission filed the request
 * or found it filed by an earlier copy of the form.
 */
public record SubmittedRequest(String trackingNo, String likelyDuplicateOf, boolean duplicateElsewhere,
		boolean filedNow) {
}
