package org.unionrights.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

/**
 * The union's service clock on cases: an open case on which nobody recorded anything for
 * {@code portal.cases.chase-after-days} (14) is chased (催办); a chase unanswered for
 * {@code portal.cases.escalate-after-days} (7) more escalates it to city staff. Recording any work
 * on the case answers both. Staff can also chase a case by hand, and a county officer can escalate
 * one to the city.
 */
@Service
@Transactional
public class CaseChasing {

	private static final Logger log = LoggerFactory.getLogger(CaseChasing.class);

	private final CaseService cases;

	private final LegalCases legalCases;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Duration chaseAfter;

	private final Duration escalateAfter;

	CaseChasing(CaseService cases, LegalCases legalCases, AuditLog auditLog, Clock clock,
			@Value("${portal.cases.chase-after-days:14}") int chaseAfterDays,
			@Value("${portal.cases.escalate-after-days:7}") int escalateAfterDays) {
		this.cases = cases;
		this.legalCases = legalCases;
		this.auditLog = auditLog;
		this.clock = clock;
		this.chaseAfter = Duration.ofDays(chaseAfterDays);
		this.escalateAfter = Duration.ofDays(escalateAfterDays);
	}

	/** What one sweep did. */
	public record Swept(int chased, int escalated) {
	}

	/** Chases idle cases and escalates unanswered chases; runs every half hour. */
	@Scheduled(cron = "${portal.chasing.cron:0 */30 * * * *}")
	public Swept sweep() {
		Instant now = clock.instant();
		int chased = 0;
		for (LegalCase idle : legalCases.findIdle(now.minus(chaseAfter))) {
			idle.chase(now);
			auditLog.record("CASE_CHASED", CaseService.subject(idle.getCaseNo()), "idle since " + idle.toView("", "", "").lastActivityAt());
			chased++;
		}
		int escalated = 0;
		for (LegalCase unanswered : legalCases.findChaseUnanswered(now.minus(escalateAfter))) {
			unanswered.escalate(now);
			auditLog.record("CASE_ESCALATED", CaseService.subject(unanswered.getCaseNo()), "chased " + unanswered.getChasedAt());
			escalated++;
		}
		if (chased + escalated > 0) {
			log.info("Service clock: {} cases chased, {} escalated to the city", chased, escalated);
		}
		return new Swept(chased, escalated);
	}

	/** Staff chase a case by hand, with a word for the lawyer. */
	public void chase(PortalUser user, String caseNo, String note) {
		requireStaff(user);
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.chase(clock.instant());
		auditLog.record("CASE_CHASED", CaseService.subject(caseNo), note.strip());
	}

	/** A county officer (or city staff) escalates a case to the city, with the reason. */
	public void escalate(PortalUser user, String caseNo, String note) {
		requireStaff(user);
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.escalate(clock.instant());
		auditLog.record("CASE_ESCALATED", CaseService.subject(caseNo), note.strip());
	}

	/** How many open cases wait on the city after an escalation (city staff), or in the county. */
	@Transactional(readOnly = true)
	public long escalatedCount(PortalUser user) {
		return switch (user.getRole()) {
			case CITY_STAFF -> legalCases.countEscalated(null);
			case COUNTY_OFFICER -> legalCases.countEscalated(user.getCountyId());
			default -> 0;
		};
	}

	private static void requireStaff(PortalUser user) {
		if (user.getRole() != Role.CITY_STAFF && user.getRole() != Role.COUNTY_OFFICER) {
			throw new AccessDeniedException("chasing is for staff");
		}
	}

}
