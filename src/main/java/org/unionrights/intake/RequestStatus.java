package org.unionrights.intake;

/**
 * Where a request stands. Submitted requests wait for triage; triage accepts, refers, declines or
 * merges them; an accepted request is closed when its case closes. Labels: {@code status.<NAME>}.
 */
public enum RequestStatus {

	SUBMITTED, ACCEPTED, REFERRED, DECLINED, MERGED, CLOSED;

	/** Whether the worker may still add messages and evidence. */
	public boolean isOpen() {
		return this == SUBMITTED || this == ACCEPTED;
	}

	/** Whether the worker may rate the service. */
	public boolean isFinished() {
		return !isOpen();
	}

}
