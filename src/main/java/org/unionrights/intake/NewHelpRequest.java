package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a worker tells the union, checked and typed. {@code wages} is given for
 * {@link RequestCategory#WAGES}, {@code injury} for {@link RequestCategory#INJURY}; otherwise
 * they are {@code null} and ignored.
 */
public record NewHelpRequest(RequestCategory category, String description, String employerName,
		String employerCreditCode, long countyId, LocalDate problemSince, String contactName, String contactMobile,
		String idNumber, boolean migrantWorker, NewFormWork newFormWork, int workersAffected, Wages wages,
		Injury injury) {

	/** An unpaid-wages claim: the site, the contractors, the months, the amount and the workers. */
	public record Wages(String projectSite, String generalContractor, String subcontractor, LocalDate periodFrom,
			LocalDate periodTo, BigDecimal amountOwed, List<Roster.Line> roster) {

		public Wages {
			roster = roster == null ? List.of() : List.copyOf(roster);
		}

	}

	/** A work injury: the accident's date, the injury, and whether it was reported. */
	public record Injury(LocalDate accidentDate, String injury, InjuryReported reported) {
	}

}
