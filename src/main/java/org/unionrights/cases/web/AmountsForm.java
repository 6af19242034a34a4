package org.unionrights.cases.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * The amounts claimed and agreed, with the version the form was opened at.
 */
public class AmountsForm implements VersionedForm {

	private long version;

	@DecimalMin(value = "0", message = "{ledger.amount.negative}")
	@Digits(integer = 10, fraction = 2, message = "{typeMismatch.amount}")
	private BigDecimal amountClaimed;

	@DecimalMin(value = "0", message = "{ledger.amount.negative}")
	@Digits(integer = 10, fraction = 2, message = "{typeMismatch.amount}")
	private BigDecimal amountAgreed;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public BigDecimal getAmountClaimed() {
		return amountClaimed;
	}

	public void setAmountClaimed(BigDecimal amountClaimed) {
		this.amountClaimed = amountClaimed;
	}

	public BigDecimal getAmountAgreed() {
		return amountAgreed;
	}

	public void setAmountAgreed(BigDecimal amountAgreed) {
		this.amountAgreed = amountAgreed;
	}

}
