package org.unionrights.cases;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.unionrights.common.RuleViolationException;

/**
 * Where each track of a case stands, from its recorded steps, and whether one more step may follow:
 * a track starts with an opening step (again after it concluded: a second mediation), the steps
 * between need it running, and no step is dated before the track's last one or in the future.
 */
final class TrackProgress {

	/** The state of one track. Labels: {@code trackState.<NAME>}. */
	enum State {

		RUNNING, CONCLUDED

	}

	/** A track's state and its last step. */
	record Standing(Track track, State state, TrackStep lastStep, LocalDate lastDate) {
	}

	private final Map<Track, Standing> standings = new EnumMap<>(Track.class);

	private TrackProgress() {
	}

	/** The steps in the order they were recorded. */
	static TrackProgress of(List<CaseStep> steps) {
		TrackProgress progress = new TrackProgress();
		for (CaseStep step : steps) {
			progress.apply(step.getStep(), step.getStepDate());
		}
		return progress;
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
		standings.put(step.track(), new Standing(step.track(), state, step, date));
	}

}
