package org.unionrights.intake;

/**
 * Who carries the case a request became. Intake asks it when a lawyer opens a request, so that
 * a lawyer reads the request of their own case and no other; the cases module answers it.
 */
public interface CaseHandlers {

	/** Whether the lawyer with this account carries the case of the request. */
	boolean handles(long lawyerAccountId, long requestId);

}
