package org.unionrights.intake;

import java.time.Instant;

/**
 * The worker sent a message or evidence on "check my request" (published in the transaction that
 * keeps it), so that whoever carries the request's case hears of it.
 *
 * @param requestId the request
 * @param at when
 */
public record WorkerWrote(long requestId, Instant at) {
}
