package org.unionrights.intake;

/**
 * How a request is being submitted: the channel, the staff member for hotline, walk-in and
 * referral requests ({@code null} on the web), the form's draft token (one submission per
 * token, however often it is sent) and the query code the worker will be given.
 */
public record Submission(Channel channel, String registeredBy, String draftToken, String queryCode) {
}
