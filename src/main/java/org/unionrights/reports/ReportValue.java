package org.unionrights.reports;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One indicator's figure on a report as it is being edited (a row of {@code report_value}, updated
 * in place when it changes); {@link ReportFigure} is what it holds.
 */
@Entity
@Table(name = "report_value")
@IdClass(ReportValue.Key.class)
class ReportValue {

	@Id
	@Column(name = "report_id")
	private long reportId;

	@Id
	@Column(name = "indicator_id")
	private long indicatorId;

	private BigDecimal value;

	private BigDecimal computed;

	private String reason;

	protected ReportValue() {
	}

	ReportValue(long reportId, long indicatorId) {
		this.reportId = reportId;
		this.indicatorId = indicatorId;
	}

	void set(ReportFigure figure) {
		this.value = figure.getValue();
		this.computed = figure.getComputed();
		this.reason = figure.getReason();
	}

	ReportFigure figure() {
		return new ReportFigure(value, computed, reason);
	}

	/** The key: the report and the indicator. */
	static class Key implements Serializable {

		private long reportId;

		private long indicatorId;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.reportId == reportId && key.indicatorId == indicatorId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(reportId, indicatorId);
		}

	}

}
