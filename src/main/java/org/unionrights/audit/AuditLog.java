package org.unionrights.audit;

import java.util.List;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what. The actor is the signed-in user, or {@code system} for work the portal
 * does by itself. Recording joins the caller's transaction, so an action that rolls back leaves
 * no trace claiming it happened.
 */
@Service
public class AuditLog {

	/** The action recorded when staff open a worker's full mobile and ID number. */
	public static final String PERSONAL_DATA_VIEWED = "CONTACT_REVEALED";

	/** The action recorded when city staff export the triage list with full mobiles and ID numbers. */
	public static final String PERSONAL_DATA_EXPORTED = "QUEUE_EXPORTED_FULL";

	static final String SYSTEM = "system";

	private static final int MAX_DETAIL = 1000;

	private final AuditEvents events;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<ActorNames> actorNames;

	AuditLog(AuditEvents events, Clock clock, org.springframework.beans.factory.ObjectProvider<ActorNames> actorNames) {
		this.events = events;
		this.clock = clock;
		this.actorNames = actorNames;
	}

	/** Records what was done, with nothing more to say. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String subject) {
		record(action, subject, (String) null);
	}

	/** Records what was done, said in the reader's language when it is read. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String subject, Detail detail) {
		events.save(new AuditEvent(clock.instant(), currentActor(), action, subject, detail));
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String subject, String detail) {
		String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
		events.save(new AuditEvent(clock.instant(), currentActor(), action, subject, trimmed));
	}

	/**
	 * Removes personal data from what was logged about a subject whose personal data is removed:
	 * mobiles and ID numbers in the details are blanked, and a worker's own words (a rating's
	 * comment) dropped. Who did what, and when, stays.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void forgetPersonalData(String subject) {
		events.blankNumbers(subject);
		events.dropWorkersWords(subject);
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> recent(Pageable pageable) {
		return named(events.findAllByOrderByOccurredAtDescIdDesc(pageable));
	}

	/** Who opened a worker's full mobile and ID number, and when: newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> personalDataViews(Pageable pageable) {
		return named(events.findByActionInOrderByOccurredAtDescIdDesc(List.of(PERSONAL_DATA_VIEWED, PERSONAL_DATA_EXPORTED),
				pageable));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> about(String subject, Pageable pageable) {
		return named(events.findBySubjectOrderByOccurredAtDescIdDesc(subject, pageable));
	}

	/** The page's lines with the people they name by display name, read in one query. */
	private Page<AuditEntry> named(Page<AuditEvent> page) {
		java.util.Set<String> people = page.getContent()
			.stream()
			.flatMap(AuditEvent::people)
			.collect(java.util.stream.Collectors.toSet());
		ActorNames names = actorNames.getIfAvailable();
		java.util.Map<String, String> displayNames = names == null || people.isEmpty() ? java.util.Map.of()
				: names.displayNames(people);
		return page.map(event -> event.toEntry(displayNames));
	}

	/** The signed-in user's name, or {@code system}. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
