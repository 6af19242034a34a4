package org.unionrights.intake;

/**
 * What happened on a request's timeline. Labels: {@code event.<NAME>}.
 */
public enum EventKind {

	SUBMITTED, REGISTERED, WORKER_MESSAGE, WORKER_EVIDENCE, STAFF_REPLY, STATUS_CHANGED, RATED, INTERNAL_NOTE

}
