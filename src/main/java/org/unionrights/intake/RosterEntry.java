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

	@jakarta.persistence.Column(name = "id_number")
	private String idNumber;

	private BigDecimal amount;

	protected RosterEntry() {
	}

	RosterEntry(String name, String mobile, String idNumber, BigDecimal amount) {
		this.name = name;
		this.mobile = mobile;
		this.idNumber = idNumber;
		this.amount = amount;
	}

	String getName() {
		return name;
	}

	String getMobile() {
		return mobile;
	}

	String getIdNumber() {
		return idNumber;
	}

	BigDecimal getAmount() {
		return amount;
	}

}
