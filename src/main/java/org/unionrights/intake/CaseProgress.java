package org.unionrights.intake;

import java.util.List;

/**
 * What a case tells the worker's request, published by the cases module after it checked that
 * the user may work on the case, and written on the request's timeline in the same transaction
 * (by {@link CaseProgressListener}): a step, a reply, the case closed or reopened. The request
 * is named by the id the case was opened with ({@link AcceptedRequest#requestId()}).
 */
public sealed interface CaseProgress permits CaseProgress.Step, CaseProgress.Reply, CaseProgress.PortalReply,
		CaseProgress.Closed, CaseProgress.Reopened {

	long requestId();

	/**
	 * A step of the case on the worker's timeline: a message key ({@code caseStep.*}) and its
	 * arguments, shown in the reader's language.
	 */
	record Step(long requestId, String messageKey, List<String> args) implements CaseProgress {

		public Step {
			args = List.copyOf(args);
		}

		public static Step of(long requestId, String messageKey, Object... args) {
			return new Step(requestId, messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
		}

	}

	/** A reply written on the case, shown to the worker. */
	record Reply(long requestId, String text) implements CaseProgress {
	}

	/**
	 * A reply the portal writes for the worker (the case accepted, who carries it): a message key
	 * and its arguments, shown in the reader's language; it counts as a reply, like one typed.
	 */
	record PortalReply(long requestId, String messageKey, List<String> args) implements CaseProgress {

		public PortalReply {
			args = List.copyOf(args);
		}

		public static PortalReply of(long requestId, String messageKey, Object... args) {
			return new PortalReply(requestId, messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
		}

	}

	/** The case closed: the request closes too, and the worker may rate the service. */
	record Closed(long requestId) implements CaseProgress {
	}

	/** City staff reopened the case: the request is accepted again, and the worker sees why. */
	record Reopened(long requestId, String reason) implements CaseProgress {
	}

}
