package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a worker tells the union, checked and typed. Wage fields are set for
 * {@link RequestCategory#WAGES}, injury fields for {@link RequestCategory#INJURY}.
 */
public record NewHelpRequest(RequestCategory category, String description, String employerName,
		String employerCreditCode, long countyId, LocalDate problemSince, String contactName, String contactMobile,
		String idNumber, boolean migrantWorker, NewFormWork newFormWork, int workersAffected, String projectSite,
		String generalContractor, String subcontractor, LocalDate periodFrom, LocalDate periodTo,
		BigDecimal amountOwed, List<Roster.Line> roster, LocalDate accidentDate, String injury,
		InjuryReported injuryReported) {

	public NewHelpRequest {
		roster = roster == null ? List.of() : List.copyOf(roster);
	}

}
