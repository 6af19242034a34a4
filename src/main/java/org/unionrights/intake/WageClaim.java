package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.unionrights.common.Texts;

/**
 * The details of an unpaid-wages request: where the work was, who contracted it, the months
 * unpaid, the amount owed, and for a group the roster of its workers.
 */
@Embeddable
class WageClaim {

	/** A request about something else. */
	static final WageClaim NONE = new WageClaim();

	@Column(name = "project_site")
	private String projectSite;

	@Column(name = "general_contractor")
	private String generalContractor;

	private String subcontractor;

	@Column(name = "period_from")
	private LocalDate periodFrom;

	@Column(name = "period_to")
	private LocalDate periodTo;

	@Column(name = "amount_owed")
	private BigDecimal amountOwed;

	/** The roster's names in one text, for search (triage, the case list). */
	@Column(name = "roster_names")
	private String rosterNames;

	/** The workers of a group claim and what each is owed, as the worker listed them. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "wage_roster_entry", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "line_no")
	private List<RosterEntry> roster = new ArrayList<>();

	protected WageClaim() {
	}

	WageClaim(NewHelpRequest.Wages wages) {
		this.projectSite = Texts.blankToNull(wages.projectSite());
		this.generalContractor = Texts.blankToNull(wages.generalContractor());
		this.subcontractor = Texts.blankToNull(wages.subcontractor());
		this.periodFrom = wages.periodFrom();
		this.periodTo = wages.periodTo();
		this.amountOwed = wages.amountOwed();
		wages.roster().forEach(line -> roster.add(new RosterEntry(line.name(), line.mobile(), line.idNumber(), line.amount())));
		this.rosterNames = roster.isEmpty() ? null
				: String.join(" ", roster.stream().map(RosterEntry::getName).toList());
	}

	String getRosterNames() {
		return rosterNames;
	}

	/** What the listed workers are owed together. */
	BigDecimal rosterTotal() {
		return roster.stream().map(RosterEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** What is claimed: the amount owed, or the roster's total when only that was given. */
	BigDecimal amountClaimed() {
		return amountOwed != null || roster.isEmpty() ? amountOwed : rosterTotal();
	}

	String getProjectSite() {
		return projectSite;
	}

	String getGeneralContractor() {
		return generalContractor;
	}

	String getSubcontractor() {
		return subcontractor;
	}

	LocalDate getPeriodFrom() {
		return periodFrom;
	}

	LocalDate getPeriodTo() {
		return periodTo;
	}

	BigDecimal getAmountOwed() {
		return amountOwed;
	}

	List<RosterEntry> getRoster() {
		return java.util.Collections.unmodifiableList(roster);
	}

}
