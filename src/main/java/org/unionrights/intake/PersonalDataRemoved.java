package org.unionrights.intake;

/**
 * A finished request's personal data was removed ({@link Anonymisation}), in this transaction:
 * whoever keeps a copy of it (the case's search text, payments named for a worker, notes) removes
 * theirs too, or the whole removal is rolled back.
 *
 * @param requestId the request
 */
public record PersonalDataRemoved(long requestId) {
}
