package org.unionrights.intake;

/**
 * What happened on a request's timeline. Labels: {@code event.<NAME>}. A case step's text is a
 * message key and its arguments ({@link TimelineEntry#stepKey()}), so each reader sees it in their
 * language; chases and escalations are staff-only notes of the service clock.
 */
public enum EventKind {

	SUBMITTED, REGISTERED, WORKER_MESSAGE, WORKER_EVIDENCE, STAFF_REPLY, STATUS_CHANGED, RATED, INTERNAL_NOTE, CASE_STEP, CHASED, ESCALATED

}
