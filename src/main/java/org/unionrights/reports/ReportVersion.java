package org.unionrights.reports;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * What a county submitted, every time: the figures as sent (overrides and counts resolved), who
 * and when, whether late, and the city's approval. Never changed but for the approval.
 */
@Entity
@Table(name = "report_version")
class ReportVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	private int number;

	private Instant submittedAt;

	private String submittedBy;

	private boolean late;

	private Instant approvedAt;

	private String approvedBy;

	@ElementCollection
	@CollectionTable(name = "report_version_value", joinColumns = @JoinColumn(name = "version_id"))
	@MapKeyColumn(name = "indicator_id")
	private Map<Long, ReportFigure> figures = new HashMap<>();

	protected ReportVersion() {
	}

	ReportVersion(long reportId, int number, String by, Instant at, boolean late, Map<Long, ReportFigure> figures) {
		this.reportId = reportId;
		this.number = number;
		this.submittedBy = by;
		this.submittedAt = at;
		this.late = late;
		this.figures.putAll(figures);
	}

	void approve(String by, Instant at) {
		this.approvedBy = by;
		this.approvedAt = at;
	}

	int getNumber() {
		return number;
	}

	long getReportId() {
		return reportId;
	}

	Map<Long, ReportFigure> getFigures() {
		return figures;
	}

	ReportView.Submitted view() {
		Map<Long, java.math.BigDecimal> values = new HashMap<>();
		figures.forEach((indicator, figure) -> values.put(indicator, figure.getValue()));
		return new ReportView.Submitted(number, submittedAt, submittedBy, late, approvedAt, approvedBy, values);
	}

}
