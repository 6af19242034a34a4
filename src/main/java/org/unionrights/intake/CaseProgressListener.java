package org.unionrights.intake;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.RuleViolationException;

/**
 * Writes what a case tells its request ({@link CaseProgress}) on the request's timeline, in the
 * transaction of the case's change: if the case's change fails, nothing is written here either.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CaseProgressListener {

	private final HelpRequests requests;

	private final RequestTimeline timeline;

	CaseProgressListener(HelpRequests requests, RequestTimeline timeline) {
		this.requests = requests;
		this.timeline = timeline;
	}

	@EventListener
	void on(CaseProgress.Step step) {
		StringBuilder text = new StringBuilder(step.messageKey());
		for (String arg : step.args()) {
			text.append(TimelineEntry.STEP_SEPARATOR).append(arg.replace(TimelineEntry.STEP_SEPARATOR, "/"));
		}
		timeline.add(load(step), EventKind.CASE_STEP, true, AuditLog.currentActor(), text.toString());
	}

	@EventListener
	void on(CaseProgress.PortalReply reply) {
		timeline.replyInWords(load(reply), reply.messageKey(), reply.args().toArray());
	}

	@EventListener
	void on(CaseProgress.Reply reply) {
		timeline.reply(load(reply), reply.text());
	}

	@EventListener
	void on(CaseProgress.Closed closed) {
		timeline.changeStatus(load(closed), RequestStatus.CLOSED);
	}

	/** A request whose personal data was removed stays finished: the worker is no longer known. */
	@EventListener
	void on(CaseProgress.Reopened reopened) {
		HelpRequest request = load(reopened);
		if (request.getAnonymisedAt() != null) {
			throw new RuleViolationException("reason", "case.reopen.anonymised");
		}
		timeline.changeStatus(request, RequestStatus.ACCEPTED);
		timeline.reply(request, reopened.reason());
	}

	private HelpRequest load(CaseProgress progress) {
		return requests.findById(progress.requestId())
			.orElseThrow(() -> new IllegalStateException("a case names request #" + progress.requestId()
					+ ", which does not exist"));
	}

}
