package org.unionrights.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.deadlines.OfficialCalendar;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * The union's service clock on cases, counted in working days of the official calendar: an open
 * case whose lawyer has not contacted the worker within {@code portal.cases.first-contact-working-days}
 * (1), or on which nobody recorded anything for {@code portal.cases.chase-after-working-days} (10),
 * is chased (催办); a chase unanswered for {@code portal.cases.escalate-after-working-days} (5) more
 * escalates it to city staff. The assigned lawyer's work answers a chase, city staff's an
 * escalation. Staff can also chase a case by hand, and escalate one to the city. The marks are
 * written by bulk updates, so they never collide with someone's edit of the case.
 */
@Service
@Transactional
public class CaseChasing {

	private static final Logger log = LoggerFactory.getLogger(CaseChasing.class);

	private final CaseService cases;

	private final LegalCases legalCases;

	private final OfficialCalendar calendar;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int firstContactDays;

	private final int chaseAfterDays;

	private final int escalateAfterDays;

	CaseChasing(CaseService cases, LegalCases legalCases, OfficialCalendar calendar, AuditLog auditLog, Clock clock,
			@Value("${portal.cases.first-contact-working-days:1}") int firstContactDays,
			@Value("${portal.cases.chase-after-working-days:10}") int chaseAfterDays,
			@Value("${portal.cases.escalate-after-working-days:5}") int escalateAfterDays) {
		this.cases = cases;
		this.legalCases = legalCases;
		this.calendar = calendar;
		this.auditLog = auditLog;
		this.clock = clock;
		this.firstContactDays = firstContactDays;
		this.chaseAfterDays = chaseAfterDays;
		this.escalateAfterDays = escalateAfterDays;
	}

	/** What one sweep did. */
	public record Swept(int chased, int escalated) {
	}

	/**
	 * Chases late and idle cases and escalates unanswered chases; runs every half hour, on one
	 * instance at a time: {@code null} when another was sweeping.
	 */
	@Scheduled(cron = "${portal.chasing.cron:0 */30 * * * *}")
	@SchedulerLock(name = "case-chasing", lockAtMostFor = "PT25M", lockAtLeastFor = "${portal.chasing.lock-at-least}")
	public Swept sweep() {
		Instant now = clock.instant();
		int chased = mark(legalCases.findUncontacted(cutoff(firstContactDays)),
				Detail.of("audit.detail.uncontacted", firstContactDays), ids -> legalCases.chase(ids, now), "CASE_CHASED");
		chased += mark(legalCases.findIdle(cutoff(chaseAfterDays)), Detail.of("audit.detail.idle", chaseAfterDays),
				ids -> legalCases.chase(ids, now), "CASE_CHASED");
		int escalated = mark(legalCases.findChaseUnanswered(cutoff(escalateAfterDays)),
				Detail.of("audit.detail.chaseUnanswered", escalateAfterDays), ids -> legalCases.escalate(ids, now),
				"CASE_ESCALATED");
		if (chased + escalated > 0) {
			log.info("Service clock: {} cases chased, {} escalated to the city", chased, escalated);
		}
		return new Swept(chased, escalated);
	}

	private int mark(List<LegalCase> found, Detail why, java.util.function.Function<List<Long>, Integer> update,
			String action) {
		if (found.isEmpty()) {
			return 0;
		}
		update.apply(found.stream().map(LegalCase::getId).toList());
		found.forEach(legalCase -> auditLog.record(action, CaseService.subject(legalCase.getCaseNo()), why));
		return found.size();
	}

	/** The start of the day after the last one that is more than that many working days ago. */
	private Instant cutoff(int workingDays) {
		LocalDate lastLateDay = calendar.calendar().lastDayOverdue(LocalDate.now(clock), workingDays);
		return lastLateDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
	}

	/** Staff chase a case by hand, with a word for the lawyer. */
	@StaffOnly
	public void chase(PortalUser user, String caseNo, String note) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		legalCases.chase(List.of(legalCase.getId()), clock.instant());
		auditLog.record("CASE_CHASED", CaseService.subject(caseNo), note.strip());
	}

	/** A county officer (or city staff) escalates a case to the city, with the reason. */
	@StaffOnly
	public void escalate(PortalUser user, String caseNo, String note) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		legalCases.escalate(List.of(legalCase.getId()), clock.instant());
		auditLog.record("CASE_ESCALATED", CaseService.subject(caseNo), note.strip());
	}

	/** How many open cases the user may see wait on the city after an escalation. */
	@Transactional(readOnly = true)
	public long escalatedCount(PortalUser user) {
		return legalCases.count(user.scope(), CaseFilters.of(CaseFilter.Flag.ESCALATED));
	}

}
