package org.unionrights.deadlines;

import java.time.LocalDate;

/**
 * A dated fact that drives a legal clock, as staff record it on a case.
 *
 * @param date when it happened
 * @param kind what happened
 * @param until for an extension the law leaves to the authority: the last day it approved
 */
public record ClockEvent(LocalDate date, Kind kind, LocalDate until) {

	public ClockEvent(LocalDate date, Kind kind) {
		this(date, kind, null);
	}

	/** Labels: {@code clockEvent.<NAME>}. */
	public enum Kind {

		/** The period starts: knowledge of the infringement, receipt, acceptance, accident. */
		STARTED,
		/** Employment ended: the limitation for pay owed during employment starts. */
		EMPLOYMENT_ENDED,
		/** A claim to the employer, a request to an authority, the employer agreeing to pay. */
		INTERRUPTED,
		/**
		 * Force majeure or a like cause, or (injury application by the worker) the employment
		 * relationship being established in arbitration or court: the period pauses.
		 */
		SUSPENDED,
		/** The cause of a suspension is gone: the period goes on from this day, the first without it. */
		RESUMED,
		/** Parties added, claims changed, material completed: the award period starts again. */
		RESTARTED,
		/** The approved extension. */
		EXTENDED,
		/** Done in time: the application filed, the decision made. */
		MET

	}

}
