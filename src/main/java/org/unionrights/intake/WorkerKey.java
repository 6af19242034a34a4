package org.unionrights.intake;

import java.io.Serializable;

/**
 * A worker's hold on their own request: made only by {@link HelpRequestService#verify} when the
 * tracking number and the query code matched, and kept in the worker's browser session. Reading
 * or adding to a request without an account takes one, so nothing can reach a request by its
 * number alone.
 */
public final class WorkerKey implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String trackingNo;

	WorkerKey(String trackingNo) {
		this.trackingNo = trackingNo;
	}

	public String trackingNo() {
		return trackingNo;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WorkerKey that && that.trackingNo.equals(trackingNo);
	}

	@Override
	public int hashCode() {
		return trackingNo.hashCode();
	}

	@Override
	public String toString() {
		return "worker of " + trackingNo;
	}

}
