package org.unionrights.cases;

import java.util.List;

import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;

/**
 * A dated step of a track. An opening step starts the track, a concluding step ends it, and the
 * steps between need it running. Some steps drive a legal clock: recording them records the
 * clock's event too. Labels: {@code step.<NAME>}; the worker's timeline uses {@code caseStep.<NAME>}.
 */
public enum TrackStep {

	MEDIATION_APPLIED(Track.MEDIATION, Role.OPENS, clock(ClockRule.MEDIATION, ClockEvent.Kind.STARTED)),
	MEDIATION_SESSION(Track.MEDIATION, Role.MIDDLE),
	MEDIATION_AGREED(Track.MEDIATION, Role.CONCLUDES, clock(ClockRule.MEDIATION, ClockEvent.Kind.MET)),
	MEDIATION_FAILED(Track.MEDIATION, Role.CONCLUDES, clock(ClockRule.MEDIATION, ClockEvent.Kind.MET)),
	ARBITRATION_APPLIED(Track.ARBITRATION, Role.OPENS,
			clock(ClockRule.ARBITRATION_ACCEPTANCE, ClockEvent.Kind.STARTED)),
	ARBITRATION_ACCEPTED(Track.ARBITRATION, Role.MIDDLE, clock(ClockRule.ARBITRATION_ACCEPTANCE, ClockEvent.Kind.MET),
			clock(ClockRule.ARBITRATION_AWARD, ClockEvent.Kind.STARTED)),
	ARBITRATION_REFUSED(Track.ARBITRATION, Role.CONCLUDES,
			clock(ClockRule.ARBITRATION_ACCEPTANCE, ClockEvent.Kind.MET)),
	ARBITRATION_HEARING(Track.ARBITRATION, Role.MIDDLE),
	ARBITRATION_AWARD(Track.ARBITRATION, Role.CONCLUDES, clock(ClockRule.ARBITRATION_AWARD, ClockEvent.Kind.MET)),
	INJURY_APPLIED(Track.INJURY_RECOGNITION, Role.OPENS, clock(ClockRule.INJURY_DECISION, ClockEvent.Kind.STARTED)),
	INJURY_DECIDED(Track.INJURY_RECOGNITION, Role.CONCLUDES, clock(ClockRule.INJURY_DECISION, ClockEvent.Kind.MET)),
	APPRAISAL_APPLIED(Track.APPRAISAL, Role.OPENS, clock(ClockRule.APPRAISAL, ClockEvent.Kind.STARTED)),
	APPRAISAL_DECIDED(Track.APPRAISAL, Role.CONCLUDES, clock(ClockRule.APPRAISAL, ClockEvent.Kind.MET)),
	SUIT_FILED(Track.SUIT, Role.OPENS),
	SUIT_HEARING(Track.SUIT, Role.MIDDLE),
	SUIT_JUDGMENT(Track.SUIT, Role.CONCLUDES),
	ENFORCEMENT_APPLIED(Track.ENFORCEMENT, Role.OPENS),
	ENFORCEMENT_DONE(Track.ENFORCEMENT, Role.CONCLUDES);

	/** Where a step stands in its track. */
	enum Role {

		OPENS, MIDDLE, CONCLUDES

	}

	/** Whether this step needs the commission to have accepted the application first. */
	boolean needsAcceptance() {
		return this == ARBITRATION_HEARING || this == ARBITRATION_AWARD;
	}

	/** A legal clock's event that a step records. */
	record ClockLink(ClockRule rule, ClockEvent.Kind kind) {
	}

	private final Track track;

	private final Role role;

	private final List<ClockLink> clocks;

	TrackStep(Track track, Role role, ClockLink... clocks) {
		this.track = track;
		this.role = role;
		this.clocks = List.of(clocks);
	}

	public Track track() {
		return track;
	}

	Role role() {
		return role;
	}

	List<ClockLink> clocks() {
		return clocks;
	}

	private static ClockLink clock(ClockRule rule, ClockEvent.Kind kind) {
		return new ClockLink(rule, kind);
	}

}
