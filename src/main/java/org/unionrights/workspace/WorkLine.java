package org.unionrights.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a start page's list of work: what waits (label {@code work.<kind>}), where to act
 * on it, and what it is about.
 *
 * @param kind what waits; also its place in the order, riskiest first
 * @param href where to act on it
 * @param number the case or request number
 * @param about the employer
 * @param clockRule for a clock: its rule's name (label {@code clock.<rule>})
 * @param dueDate for a clock: its due day
 * @param since when it arose, where known
 */
public record WorkLine(Kind kind, String href, String number, String about, String clockRule, LocalDate dueDate,
		Instant since) {

	/** Riskiest first. Labels: {@code work.<NAME>}. */
	public enum Kind {

		CLOCK_OVERDUE, ESCALATED, REQUEST_ESCALATED, REQUEST_OVERDUE, RISK_NEW, REPORT_LATE, REPORT_RETURNED, CHASED,
		CLOCK_DUE_SOON, UNREAD, FOLLOW_UP, REPORT_DUE, REPORT_WAITING, REQUEST_WAITING

	}

	/** Danger, warning or plain, for the line's badge. */
	public String tone() {
		return switch (kind) {
			case CLOCK_OVERDUE, ESCALATED, REQUEST_ESCALATED, REQUEST_OVERDUE, RISK_NEW, REPORT_LATE, REPORT_RETURNED -> "danger";
			case CHASED, CLOCK_DUE_SOON, FOLLOW_UP, REPORT_DUE -> "warning";
			case UNREAD -> "info";
			case REQUEST_WAITING, REPORT_WAITING -> "secondary";
		};
	}

}
