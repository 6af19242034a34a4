package org.unionrights.intake;

/**
 * Where a request stands. Submitted requests wait for triage; triage accepts, refers, declines or
 * merges them; an accepted request is closed when its case closes. Labels: {@code status.<NAME>}.
 */
public enum RequestStatus {

	SUBMITTED, ACCEPTED, REFERRED, DECLINED, MERGED, CLOSED;

	/**
	 * Whether the lifecycle has this move: triage accepts, refers, declines or merges a submitted
	 * request; an accepted request closes with its case, and a closed one is accepted again when its
	 * case is reopened. Referred, declined and merged requests are final.
	 */
	public boolean mayMoveTo(RequestStatus next) {
		return switch (this) {
			case SUBMITTED -> next == ACCEPTED || next == REFERRED || next == DECLINED || next == MERGED;
			case ACCEPTED -> next == CLOSED;
			case CLOSED -> next == ACCEPTED;
			case REFERRED, DECLINED, MERGED -> false;
		};
	}

	/** Whether the worker may still add messages and evidence. */
	public boolean isOpen() {
		return this == SUBMITTED || this == ACCEPTED;
	}

	/** Whether the worker may rate the service. */
	public boolean isFinished() {
		return !isOpen();
	}

}
