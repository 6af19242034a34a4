package org.unionrights.intake;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.ActorNames;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;

/**
 * Writes what happens to a request on its timeline: status moves (through the aggregate, which
 * refuses moves its lifecycle does not have), replies the worker sees, notes staff see. Callers
 * have already loaded the request within the user's scope, or are the worker with their code.
 */
@Component
@Transactional
class RequestTimeline {

	static final String WORKER = "worker";

	private final RequestEvents events;

	private final HelpRequests requests;

	private final AuditLog auditLog;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<ActorNames> actorNames;

	RequestTimeline(RequestEvents events, HelpRequests requests, AuditLog auditLog, Clock clock,
			org.springframework.beans.factory.ObjectProvider<ActorNames> actorNames) {
		this.actorNames = actorNames;
		this.events = events;
		this.requests = requests;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Moves the request along its lifecycle; the worker sees the new status. */
	void changeStatus(HelpRequest request, RequestStatus next) {
		request.moveTo(next, clock.instant());
		add(request, EventKind.STATUS_CHANGED, true, AuditLog.currentActor(), next.name());
		auditLog.record("REQUEST_STATUS_CHANGED", subject(request), Detail.of("audit.detail.label", Detail.label("status." + next)));
	}

	/** An answer the worker sees; the first one is the first contact. */
	void reply(HelpRequest request, String text) {
		requests.recordFirstContact(request.getId(), clock.instant());
		// A typed reply never passes for one of the portal's own (TimelineEntry.KEYED).
		add(request, EventKind.STAFF_REPLY, true, AuditLog.currentActor(), text.strip().replace(TimelineEntry.KEYED, ""));
	}

	/**
	 * A reply the portal writes for the worker, kept as a message key and its arguments so that
	 * each reader sees it in their language.
	 */
	void replyInWords(HelpRequest request, String messageKey, Object... args) {
		requests.recordFirstContact(request.getId(), clock.instant());
		add(request, EventKind.STAFF_REPLY, true, AuditLog.currentActor(), TimelineEntry.keyed(messageKey, args));
	}

	/** A line on the timeline, shown to the worker when {@code publicEvent}. */
	void add(HelpRequest request, EventKind kind, boolean publicEvent, String author, String text) {
		events.save(new RequestEvent(request.getId(), clock.instant(), kind, publicEvent, author, text));
	}

	/** Everything that happened, for staff; or only what the worker may see. */
	@Transactional(readOnly = true)
	List<TimelineEntry> of(HelpRequest request, boolean publicOnly) {
		List<RequestEvent> found = publicOnly
				? events.findByRequestIdAndPublicEventTrueOrderByOccurredAtAscIdAsc(request.getId())
				: events.findByRequestIdOrderByOccurredAtAscIdAsc(request.getId());
		if (publicOnly) {
			return found.stream().map(RequestEvent::toEntry).toList();
		}
		// Staff see who wrote each step by name.
		java.util.Set<String> authors = found.stream().map(RequestEvent::getAuthor).collect(java.util.stream.Collectors.toSet());
		ActorNames names = actorNames.getIfAvailable();
		java.util.Map<String, String> displayNames = names == null ? java.util.Map.of() : names.displayNames(authors);
		return found.stream().map(event -> event.toEntry(displayNames)).toList();
	}

	static String subject(HelpRequest request) {
		return subject(request.getTrackingNo());
	}

	static String subject(String trackingNo) {
		return "request:" + trackingNo;
	}

}
