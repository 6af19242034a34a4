package org.unionrights.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionrights.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which step may follow which on a case's tracks, without the web layer or a database.
 */
class TrackProgressTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private final List<CaseStep> steps = new ArrayList<>();

	private void record(TrackStep step, LocalDate date) {
		TrackProgress.of(steps).check(step, date, TODAY);
		steps.add(new CaseStep(1L, step, date, null, "lawyer", Instant.EPOCH));
	}

	private void refused(TrackStep step, LocalDate date, String field, String code) {
		assertThatThrownBy(() -> record(step, date)).isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> {
				assertThat(((RuleViolationException) ex).getField()).isEqualTo(field);
				assertThat(((RuleViolationException) ex).getCode()).isEqualTo(code);
			});
	}

	@Test
	void aTrackStartsWithItsApplicationAndEndsWithItsResult() {
		refused(TrackStep.MEDIATION_SESSION, TODAY.minusDays(5), "step", "track.notRunning");
		refused(TrackStep.MEDIATION_AGREED, TODAY.minusDays(5), "step", "track.notRunning");
		record(TrackStep.MEDIATION_APPLIED, TODAY.minusDays(10));
		refused(TrackStep.MEDIATION_APPLIED, TODAY.minusDays(9), "step", "track.alreadyRunning");
		record(TrackStep.MEDIATION_SESSION, TODAY.minusDays(5));
		record(TrackStep.MEDIATION_FAILED, TODAY.minusDays(4));
		refused(TrackStep.MEDIATION_SESSION, TODAY.minusDays(3), "step", "track.notRunning");
		assertThat(TrackProgress.of(steps).standings()).singleElement().satisfies(standing -> {
			assertThat(standing.track()).isEqualTo(Track.MEDIATION);
			assertThat(standing.state()).isEqualTo(TrackProgress.State.CONCLUDED);
			assertThat(standing.lastStep()).isEqualTo(TrackStep.MEDIATION_FAILED);
		});
		// A second mediation after the first failed.
		record(TrackStep.MEDIATION_APPLIED, TODAY.minusDays(2));
		assertThat(TrackProgress.of(steps).standings().get(0).state()).isEqualTo(TrackProgress.State.RUNNING);
	}

	@Test
	void tracksRunSideBySide() {
		record(TrackStep.INJURY_APPLIED, TODAY.minusDays(30));
		record(TrackStep.ARBITRATION_APPLIED, TODAY.minusDays(20));
		record(TrackStep.ARBITRATION_ACCEPTED, TODAY.minusDays(18));
		record(TrackStep.INJURY_DECIDED, TODAY.minusDays(10));
		assertThat(TrackProgress.of(steps).standings()).extracting(TrackProgress.Standing::track,
				TrackProgress.Standing::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Track.ARBITRATION, TrackProgress.State.RUNNING),
					org.assertj.core.groups.Tuple.tuple(Track.INJURY_RECOGNITION, TrackProgress.State.CONCLUDED));
	}

	@Test
	void anArbitrationIsHeardAndDecidedOnlyAfterTheCommissionAcceptedIt() {
		record(TrackStep.ARBITRATION_APPLIED, TODAY.minusDays(30));
		refused(TrackStep.ARBITRATION_HEARING, TODAY.minusDays(20), "step", "track.acceptedFirst");
		refused(TrackStep.ARBITRATION_AWARD, TODAY.minusDays(20), "step", "track.acceptedFirst");
		record(TrackStep.ARBITRATION_ACCEPTED, TODAY.minusDays(26));
		record(TrackStep.ARBITRATION_HEARING, TODAY.minusDays(10));
		record(TrackStep.ARBITRATION_AWARD, TODAY.minusDays(2));
		// A new arbitration (after a refusal) needs its own acceptance.
		record(TrackStep.ARBITRATION_APPLIED, TODAY.minusDays(1));
		refused(TrackStep.ARBITRATION_AWARD, TODAY, "step", "track.acceptedFirst");
	}

	@Test
	void noStepBeforeTheTracksLastOrInTheFuture() {
		record(TrackStep.ARBITRATION_APPLIED, TODAY.minusDays(20));
		refused(TrackStep.ARBITRATION_ACCEPTED, TODAY.minusDays(21), "stepDate", "track.beforeLastStep");
		refused(TrackStep.ARBITRATION_ACCEPTED, TODAY.plusDays(1), "stepDate", "validation.future");
		// The same day is fine, and another track's dates do not matter.
		record(TrackStep.ARBITRATION_ACCEPTED, TODAY.minusDays(20));
		record(TrackStep.SUIT_FILED, TODAY.minusDays(40));
	}

	@Test
	void stepsThatDriveALegalClockSayWhichEvent() {
		assertThat(TrackStep.MEDIATION_APPLIED.clocks()).singleElement()
			.isEqualTo(new TrackStep.ClockLink(org.unionrights.deadlines.ClockRule.MEDIATION,
					org.unionrights.deadlines.ClockEvent.Kind.STARTED));
		assertThat(TrackStep.ARBITRATION_ACCEPTED.clocks()).extracting(TrackStep.ClockLink::rule)
			.containsExactly(org.unionrights.deadlines.ClockRule.ARBITRATION_ACCEPTANCE,
					org.unionrights.deadlines.ClockRule.ARBITRATION_AWARD);
		assertThat(TrackStep.SUIT_HEARING.clocks()).isEmpty();
		for (Track track : Track.values()) {
			assertThat(java.util.Arrays.stream(TrackStep.values())
				.filter(step -> step.track() == track && step.role() == TrackStep.Role.OPENS)).as(track + " opens").hasSize(1);
			assertThat(java.util.Arrays.stream(TrackStep.values())
				.filter(step -> step.track() == track && step.role() == TrackStep.Role.CONCLUDES)).as(track + " ends").isNotEmpty();
		}
	}

}
