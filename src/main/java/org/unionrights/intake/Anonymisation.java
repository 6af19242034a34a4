package org.unionrights.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.Masking;

/**
 * Personal data is kept only as long as the work needs it. A request finished (closed with its
 * case, referred, declined or merged) longer than {@code portal.privacy.keep-finished-for} ago
 * (three years by default: past the limitation periods for arbitration and suits) loses:
 * the worker's name, mobile and ID number, their account of the problem and of the injury, the
 * roster's names, mobiles and ID numbers, the evidence files (rows and bytes), the rating comment,
 * what the worker wrote on the timeline, and the query code (it opens nothing any more); mobiles
 * and ID numbers written into staff notes and the audit log are blanked, and the worker's words
 * there dropped. The
 * case keeps its copies in step ({@link PersonalDataRemoved}). What stays are the figures:
 * category, county, employer, amounts, dates and the status history. Runs nightly, once across
 * instances, a batch per transaction; a reopened case's request is not finished and keeps
 * everything.
 */
@Service
public class Anonymisation {

	private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);

	static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final EvidenceFiles evidence;

	private final EvidenceIntake evidenceIntake;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Period keepFor;

	Anonymisation(JdbcTemplate jdbc, EvidenceFiles evidence, EvidenceIntake evidenceIntake,
			ApplicationEventPublisher events, AuditLog auditLog, Clock clock, PlatformTransactionManager transactions,
			@Value("${portal.privacy.keep-finished-for}") Period keepFor) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.evidence = evidence;
		this.evidenceIntake = evidenceIntake;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
		this.keepFor = keepFor;
	}

	/**
	 * Anonymises the requests finished before the kept period, a batch of {@value #BATCH} per
	 * transaction (a failure keeps the batches done); {@code null} when another instance is running
	 * it. A merged request waits for the request it was merged into: while that one's case goes on,
	 * the duplicate's evidence and worker may still be needed.
	 */
	@Scheduled(cron = "${portal.privacy.anonymise-cron}")
	@SchedulerLock(name = "anonymise-finished-requests", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${portal.chasing.lock-at-least}")
	public Integer anonymiseFinishedRequests() {
		Instant before = clock.instant().atOffset(ZoneOffset.UTC).minus(keepFor).toInstant();
		Timestamp cutoff = Timestamp.from(before);
		int total = 0;
		int done;
		do {
			done = transaction.execute(status -> {
				List<Map<String, Object>> batch = jdbc.queryForList("select r.id, r.tracking_no from help_request r "
						+ "where r.anonymised_at is null and r.finished_at < ? "
						+ "and r.status in ('CLOSED', 'REFERRED', 'DECLINED', 'MERGED') "
						+ "and (r.status <> 'MERGED' or exists (select 1 from help_request t where t.id = r.merged_into "
						+ "and t.finished_at < ?)) order by r.finished_at, r.id limit ? for update of r skip locked",
						cutoff, cutoff, BATCH);
				batch.forEach(row -> anonymise(((Number) row.get("id")).longValue(), (String) row.get("tracking_no")));
				return batch.size();
			});
			total += done;
		}
		while (done == BATCH);
		if (total > 0) {
			auditLog.record("REQUESTS_ANONYMISED", "privacy",
					Detail.of("audit.detail.anonymised", total, before.atOffset(ZoneOffset.UTC).toLocalDate()));
			log.info("Removed the personal data of {} requests finished before {}", total, before);
		}
		return total;
	}

	private void anonymise(long id, String trackingNo) {
		evidence.findByRequestIdOrderById(id).forEach(evidenceIntake::remove);
		jdbc.update("update wage_roster_entry set name = '', mobile = null, id_number = null where request_id = ?", id);
		jdbc.update("update request_event set text = case when author = ? then null else " + Masking.blankNumbersSql("text")
				+ " end where request_id = ? and text is not null", RequestTimeline.WORKER, id);
		// The query code no longer opens it: nothing personal is left to show, and nothing new may be added.
		jdbc.update("update help_request set contact_name = '', contact_mobile = null, id_number = null, "
				+ "description = '', injury = case when injury is null then null else '' end, roster_names = null, "
				+ "rating_comment = null, query_code_hash = '', anonymised_at = ?, version = version + 1 where id = ?",
				Timestamp.from(clock.instant()), id);
		auditLog.forgetPersonalData(RequestTimeline.subject(trackingNo));
		events.publishEvent(new PersonalDataRemoved(id));
	}

}
