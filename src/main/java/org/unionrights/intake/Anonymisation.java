package org.unionrights.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;

/**
 * Personal data is kept only as long as the work needs it. A request finished (closed with its
 * case, referred, declined or merged) longer than {@code portal.privacy.keep-finished-for} ago
 * (three years by default: past the limitation periods for arbitration and suits) loses:
 * the worker's name, mobile and ID number, their account of the problem, the roster's names,
 * mobiles and ID numbers, the evidence files (rows and bytes), the rating comment and what the
 * worker wrote on the timeline; mobiles and ID numbers written into staff notes are blanked. The
 * case keeps its copies in step ({@link PersonalDataRemoved}). What stays are the figures:
 * category, county, employer, amounts, dates and the status history. Runs nightly, once across
 * instances, in batches; a reopened case's request is not finished and keeps everything.
 */
@Service
public class Anonymisation {

	private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);

	static final int BATCH = 500;

	/** An 18-character resident ID, then an 11-digit mainland mobile, anywhere in free text. */
	static final String ID_NUMBER = "[1-9][0-9]{16}[0-9Xx]";

	static final String MOBILE = "1[3-9][0-9]{9}";

	private final JdbcTemplate jdbc;

	private final EvidenceFiles evidence;

	private final EvidenceIntake evidenceIntake;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Period keepFor;

	Anonymisation(JdbcTemplate jdbc, EvidenceFiles evidence, EvidenceIntake evidenceIntake,
			ApplicationEventPublisher events, AuditLog auditLog, Clock clock,
			@Value("${portal.privacy.keep-finished-for}") Period keepFor) {
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.evidenceIntake = evidenceIntake;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
		this.keepFor = keepFor;
	}

	/** Blanks mobiles and ID numbers in a text column, as SQL (the column's name is ours, not input). */
	public static String blankNumbers(String column) {
		return "regexp_replace(regexp_replace(" + column + ", '" + ID_NUMBER + "', '******************', 'g'), '"
				+ MOBILE + "', '***********', 'g')";
	}

	/**
	 * Anonymises the requests finished before the kept period, a batch at a time; {@code null} when
	 * another instance is running it.
	 */
	@Scheduled(cron = "${portal.privacy.anonymise-cron}")
	@SchedulerLock(name = "anonymise-finished-requests", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${portal.chasing.lock-at-least}")
	@Transactional
	public Integer anonymiseFinishedRequests() {
		Instant now = clock.instant();
		Instant before = now.atOffset(ZoneOffset.UTC).minus(keepFor).toInstant();
		int total = 0;
		List<Long> batch;
		do {
			batch = jdbc.queryForList("select id from help_request where anonymised_at is null and finished_at < ? "
					+ "and status in ('CLOSED', 'REFERRED', 'DECLINED', 'MERGED') order by finished_at, id limit ? "
					+ "for update", Long.class, java.sql.Timestamp.from(before), BATCH);
			batch.forEach(this::anonymise);
			total += batch.size();
		}
		while (batch.size() == BATCH);
		if (total > 0) {
			auditLog.record("REQUESTS_ANONYMISED", "privacy",
					Detail.of("audit.detail.anonymised", total, before.atOffset(ZoneOffset.UTC).toLocalDate()));
			log.info("Removed the personal data of {} requests finished before {}", total, before);
		}
		return total;
	}

	private void anonymise(long id) {
		evidence.findByRequestIdOrderById(id).forEach(evidenceIntake::remove);
		jdbc.update("update wage_roster_entry set name = '', mobile = null, id_number = null where request_id = ?", id);
		jdbc.update("update request_event set text = case when author = ? then null else " + blankNumbers("text")
				+ " end where request_id = ? and text is not null", RequestTimeline.WORKER, id);
		jdbc.update("update help_request set contact_name = '', contact_mobile = null, id_number = null, "
				+ "description = '', roster_names = null, rating_comment = null, anonymised_at = ?, "
				+ "version = version + 1 where id = ?", java.sql.Timestamp.from(clock.instant()), id);
		events.publishEvent(new PersonalDataRemoved(id));
	}

}
