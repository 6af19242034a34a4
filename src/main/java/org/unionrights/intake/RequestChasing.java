package org.unionrights.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.unionrights.audit.AuditLog;

/**
 * The union's service clock on requests: a request whose first contact is overdue (past
 * {@code portal.intake.first-contact-working-days}) is chased (催办); still without contact
 * {@code portal.intake.escalate-after-working-days} (2) working days later it is escalated to city
 * staff, whose queue and start page show it. Both are staff-only notes on the request's timeline.
 */
@Service
public class RequestChasing {

	private static final Logger log = LoggerFactory.getLogger(RequestChasing.class);

	private final HelpRequests requests;

	private final RequestTimeline timeline;

	private final TriageQueue queue;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int escalateAfterWorkingDays;

	RequestChasing(HelpRequests requests, RequestTimeline timeline, TriageQueue queue, AuditLog auditLog, Clock clock,
			@Value("${portal.intake.escalate-after-working-days:2}") int escalateAfterWorkingDays) {
		this.requests = requests;
		this.timeline = timeline;
		this.queue = queue;
		this.auditLog = auditLog;
		this.clock = clock;
		this.escalateAfterWorkingDays = escalateAfterWorkingDays;
	}

	/** What one sweep did. */
	public record Swept(int chased, int escalated) {
	}

	/** One sweep, on one instance at a time: {@code null} when another was sweeping. */
	@Scheduled(cron = "${portal.chasing.cron:0 */30 * * * *}")
	@SchedulerLock(name = "request-chasing", lockAtMostFor = "PT25M", lockAtLeastFor = "${portal.chasing.lock-at-least}")
	@Transactional
	public Swept sweep() {
		Instant now = clock.instant();
		Instant chaseBefore = queue.startOf(queue.lastOverdueSubmissionDay().plusDays(1));
		Instant escalateBefore = queue.startOf(queue
			.lastSubmissionDayOlderThan(queue.firstContactWorkingDays() + escalateAfterWorkingDays)
			.plusDays(1));
		List<HelpRequest> late = requests.findToChase(chaseBefore);
		requests.chase(late.stream().map(HelpRequest::getId).toList(), now);
		late.forEach(request -> note(request, EventKind.CHASED, "REQUEST_CHASED"));
		List<HelpRequest> forgotten = requests.findToEscalate(escalateBefore);
		requests.escalate(forgotten.stream().map(HelpRequest::getId).toList(), now);
		forgotten.forEach(request -> note(request, EventKind.ESCALATED, "REQUEST_ESCALATED"));
		int chased = late.size();
		int escalated = forgotten.size();
		if (chased + escalated > 0) {
			log.info("Service clock: {} requests chased, {} escalated to the city", chased, escalated);
		}
		return new Swept(chased, escalated);
	}

	private void note(HelpRequest request, EventKind kind, String action) {
		timeline.add(request, kind, false, AuditLog.currentActor(), null);
		auditLog.record(action, RequestTimeline.subject(request));
	}

}
