package org.unionrights.intake;

/**
 * The outcome of a submission: the tracking number, and the tracking number of a likely
 * duplicate (same mobile, same employer within 30 days) when there is one.
 */
public record SubmittedRequest(String trackingNo, String likelyDuplicateOf) {
}
