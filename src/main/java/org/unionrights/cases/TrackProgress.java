package org.unionrights.cases;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.unionrights.common.RuleViolationException;

/**
 * Where each track of a case stands, from its recorded steps, and whether one more step may follow:
 * a track starts with an opening step (again after it concluded: a second mediation), the steps
 * between need it running (an arbitration hearing or award also needs the commission's acceptance),
 * and no step is dated before the track's last one or in the future.
 */
final class TrackProgress {

	/** The state of one track. Labels: {@code trackState.<NAME>}. */
	enum State {

		RUNNING, CONCLUDED

	}

	/** A track's state, its last step, and the steps since it (last) opened. */
	record Standing(Track track, State state, TrackStep lastStep, LocalDate lastDate, java.util.Set<TrackStep> steps) {
	}

	private final Map<Track, Standing> standings = new EnumMap<>(Track.class);

	private TrackProgress() {
	}

	/** The steps in the order they were recorded; voided ones do not count. */
	static TrackProgress of(List<CaseStep> steps) {
		TrackProgress progress = new TrackProgress();
		for (CaseStep step : steps) {
			if (!step.isVoided()) {
				progress.apply(step.getStep(), step.getStepDate());
			}
		}
		return progress;
	}

	/**
	 * Only the last step of a track may be voided: a step in the middle is what the later ones
	 * stand on.
	 */
	static void checkVoidable(CaseStep step, List<CaseStep> steps) {
		if (!isVoidable(step, steps)) {
			throw new RuleViolationException(null, "step.notLast");
		}
	}

	static boolean isVoidable(CaseStep step, List<CaseStep> steps) {
		CaseStep last = null;
		for (CaseStep candidate : steps) {
			if (!candidate.isVoided() && candidate.getTrack() == step.getTrack()) {
				last = candidate;
			}
		}
		return !step.isVoided() && last == step;
	}

	/** Refuses a step that may not follow, naming the form field it belongs to. */
	void check(TrackStep step, LocalDate date, LocalDate today) {
		if (date.isAfter(today)) {
			throw new RuleViolationException("stepDate", "validation.future");
		}
		Standing standing = standings.get(step.track());
		boolean running = standing != null && standing.state() == State.RUNNING;
		if (step.role() == TrackStep.Role.OPENS && running) {
			throw new RuleViolationException("step", "track.alreadyRunning");
		}
		if (step.role() != TrackStep.Role.OPENS && !running) {
			throw new RuleViolationException("step", "track.notRunning");
		}
		if (step.needsAcceptance() && running && !standing.steps().contains(TrackStep.ARBITRATION_ACCEPTED)) {
			throw new RuleViolationException("step", "track.acceptedFirst");
		}
		if (standing != null && date.isBefore(standing.lastDate())) {
			throw new RuleViolationException("stepDate", "track.beforeLastStep");
		}
	}

	/** The tracks that have steps, in their natural order. */
	List<Standing> standings() {
		return List.copyOf(standings.values());
	}

	private void apply(TrackStep step, LocalDate date) {
		State state = step.role() == TrackStep.Role.CONCLUDES ? State.CONCLUDED : State.RUNNING;
		Standing before = standings.get(step.track());
		java.util.Set<TrackStep> steps = java.util.EnumSet.of(step);
		if (step.role() != TrackStep.Role.OPENS && before != null) {
			steps.addAll(before.steps());
		}
		standings.put(step.track(), new Standing(step.track(), state, step, date, steps));
	}

}
