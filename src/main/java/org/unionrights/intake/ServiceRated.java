package org.unionrights.intake;

/**
 * A worker rated the service of a finished request (published when the rating is saved).
 *
 * @param requestId the request
 * @param score 1 to 5
 * @param comment what the worker wrote, or {@code null}
 */
public record ServiceRated(long requestId, int score, String comment) {
}
