package org.unionrights.intake.web;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.intake.NewHelpRequest;
import org.unionrights.intake.Roster;

/**
 * The unpaid-wages part of the help form ({@code wages.*}): the site and its contractors, the
 * months unpaid, the amount owed and the roster of a group's workers, typed or pasted. What it
 * requires is checked by {@link HelpRequestFormValidator}.
 */
public class WageSection {

	@Size(max = 200, message = "{validation.size.max}")
	private String projectSite;

	@Size(max = 100, message = "{validation.size.max}")
	private String generalContractor;

	@Size(max = 100, message = "{validation.size.max}")
	private String subcontractor;

	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodFrom;

	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodTo;

	@DecimalMin(value = "0.01", message = "{validation.amount}")
	@Digits(integer = 10, fraction = 2, message = "{validation.amount}")
	private BigDecimal amountOwed;

	@Size(max = 20000, message = "{validation.size.max}")
	private String roster;

	/** The roster as read from the text. */
	Roster parsedRoster() {
		return Roster.parse(roster);
	}

	/** The claim: the months from the first day of the first to the last day of the last. */
	NewHelpRequest.Wages toWages() {
		YearMonth lastMonth = periodTo != null ? periodTo : periodFrom;
		return new NewHelpRequest.Wages(projectSite, generalContractor, subcontractor,
				periodFrom == null ? null : periodFrom.atDay(1), lastMonth == null ? null : lastMonth.atEndOfMonth(),
				amountOwed, parsedRoster().lines());
	}

	public String getProjectSite() {
		return projectSite;
	}

	public void setProjectSite(String projectSite) {
		this.projectSite = projectSite;
	}

	public String getGeneralContractor() {
		return generalContractor;
	}

	public void setGeneralContractor(String generalContractor) {
		this.generalContractor = generalContractor;
	}

	public String getSubcontractor() {
		return subcontractor;
	}

	public void setSubcontractor(String subcontractor) {
		this.subcontractor = subcontractor;
	}

	public YearMonth getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(YearMonth periodFrom) {
		this.periodFrom = periodFrom;
	}

	public YearMonth getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(YearMonth periodTo) {
		this.periodTo = periodTo;
	}

	public BigDecimal getAmountOwed() {
		return amountOwed;
	}

	public void setAmountOwed(BigDecimal amountOwed) {
		this.amountOwed = amountOwed;
	}

	public String getRoster() {
		return roster;
	}

	public void setRoster(String roster) {
		this.roster = roster;
	}

}
