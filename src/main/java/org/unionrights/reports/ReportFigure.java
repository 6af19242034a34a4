package org.unionrights.reports;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One indicator's figure on a report. For a computed indicator {@code value} is an override of the
 * portal's count ({@code null}: the count itself) and needs a {@code reason}; {@code computed} is
 * the count when the report was last saved or submitted. For one entered by hand, {@code value}
 * is what the county entered.
 */
@Embeddable
class ReportFigure {

	@Column(name = "value")
	private BigDecimal value;

	@Column(name = "computed")
	private BigDecimal computed;

	@Column(name = "reason")
	private String reason;

	protected ReportFigure() {
	}

	ReportFigure(BigDecimal value, BigDecimal computed, String reason) {
		this.value = value;
		this.computed = computed;
		this.reason = reason;
	}

	BigDecimal getValue() {
		return value;
	}

	BigDecimal getComputed() {
		return computed;
	}

	String getReason() {
		return reason;
	}

	/** What the report says: the override or the count, or what was entered. */
	BigDecimal reported() {
		return value != null ? value : computed;
	}

}
