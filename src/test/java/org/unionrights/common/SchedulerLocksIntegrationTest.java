package org.unionrights.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;
import org.unionrights.cases.CaseChasing;
import org.unionrights.intake.EvidenceIntake;
import org.unionrights.intake.RequestChasing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled work runs once across portal instances on one database: while another instance holds
 * a sweep's row in {@code shedlock}, this one skips it; once the row is free, it runs and takes it.
 */
@IntegrationTest
class SchedulerLocksIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RequestChasing requestChasing;

	@Autowired
	CaseChasing caseChasing;

	@Autowired
	EvidenceIntake evidence;

	/** Released as an instance releases them (rows are kept: ShedLock remembers the ones it made). */
	@AfterEach
	void freeTheLocks() {
		jdbc.update("UPDATE shedlock SET lock_until = timezone('utc', now()) - interval '1 second'");
	}

	@Test
	void aSweepAnotherInstanceIsRunningIsSkippedHere() {
		holdAsAnotherInstance("request-chasing");
		holdAsAnotherInstance("case-chasing");
		holdAsAnotherInstance("abandoned-drafts");

		assertThat(requestChasing.sweep()).isNull();
		assertThat(caseChasing.sweep()).isNull();
		assertThat(evidence.removeAbandonedDrafts()).isNull();
		assertThat(jdbc.queryForList("SELECT locked_by FROM shedlock WHERE name IN ('request-chasing', 'case-chasing', "
				+ "'abandoned-drafts')", String.class)).containsExactly("portal-2", "portal-2", "portal-2");
	}

	@Test
	void aSweepNobodyIsRunningRunsAndMarksItsRow() {
		assertThat(requestChasing.sweep()).isNotNull();
		assertThat(caseChasing.sweep()).isNotNull();

		assertThat(jdbc.queryForList("SELECT name FROM shedlock", String.class))
			.contains("request-chasing", "case-chasing");
		// Released when done: the next run, here or on another instance, may take it at once.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE lock_until > timezone('utc', now())",
				Integer.class)).isZero();
	}

	private void holdAsAnotherInstance(String name) {
		jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, timezone('utc', now()) "
				+ "+ interval '10 minutes', timezone('utc', now()), 'portal-2') ON CONFLICT (name) DO UPDATE SET "
				+ "lock_until = excluded.lock_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by", name);
	}

}
