package org.unionrights.intake;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * One worker of a group wage claim and what they are owed.
 */
@Embeddable
class RosterEntry {

	private String name;

	private String mobile;

	private BigDecimal amount;

	protected RosterEntry() {
	}

	RosterEntry(String name, String mobile, BigDecimal amount) {
		this.name = name;
		this.mobile = mobile;
		this.amount = amount;
	}

	String getName() {
		return name;
	}

	String getMobile() {
		return mobile;
	}

	BigDecimal getAmount() {
		return amount;
	}

}
