package org.unionrights.intake;

/**
 * A worker's key to a request for tests that look at it as the worker does, without going through
 * the look-up form (which the look-up tests do).
 */
public final class WorkerKeys {

	private WorkerKeys() {
	}

	public static WorkerKey of(String trackingNo) {
		return new WorkerKey(trackingNo);
	}

}
