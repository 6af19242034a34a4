package org.unionrights.reports;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;

/**
 * A risk report (随机报): a risk at an enterprise, reported at any time, seen by the city, handled
 * in dated steps ({@link RiskStep}) and closed on a day no earlier than it was reported; the help
 * request or case that came of it linked by number.
 */
@Entity
@Table(name = "risk_report")
class RiskReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String riskNo;

	private long countyId;

	@Enumerated(EnumType.STRING)
	private RiskKind kind;

	@Enumerated(EnumType.STRING)
	private RiskLevel level;

	private Long enterpriseId;

	private String enterpriseName;

	private int workersAffected;

	private String description;

	private Instant reportedAt;

	private String reportedBy;

	private Instant seenAt;

	private String seenBy;

	private LocalDate closedOn;

	private String closingNote;

	private String closedBy;

	private String requestNo;

	private String caseNo;

	@Version
	private long version;

	protected RiskReport() {
	}

	RiskReport(String riskNo, long countyId, RiskKind kind, RiskLevel level, Long enterpriseId, String enterpriseName,
			int workersAffected, String description, String by, Instant now) {
		this.riskNo = riskNo;
		this.countyId = countyId;
		this.kind = kind;
		this.level = level;
		this.enterpriseId = enterpriseId;
		this.enterpriseName = enterpriseName;
		this.workersAffected = workersAffected;
		this.description = description;
		this.reportedBy = by;
		this.reportedAt = now;
	}

	/** The city has seen it (once; a later look changes nothing). */
	void seen(String by, Instant now) {
		if (seenAt == null) {
			seenAt = now;
			seenBy = by;
		}
	}

	void checkOpen(long expectedVersion) {
		if (expectedVersion != version) {
			throw new StaleEditException("risk " + id, version);
		}
		if (closedOn != null) {
			throw new RuleViolationException(null, "risk.closed");
		}
	}

	void close(long expectedVersion, LocalDate on, String note, String by, LocalDate reportedOn) {
		checkOpen(expectedVersion);
		if (on.isBefore(reportedOn)) {
			throw new RuleViolationException("closedOn", "risk.date.beforeReport");
		}
		this.closedOn = on;
		this.closingNote = note;
		this.closedBy = by;
	}

	void link(long expectedVersion, String requestNo, String caseNo) {
		if (expectedVersion != version) {
			throw new StaleEditException("risk " + id, version);
		}
		this.requestNo = requestNo;
		this.caseNo = caseNo;
	}

	Long getId() {
		return id;
	}

	long getCountyId() {
		return countyId;
	}

	Instant getReportedAt() {
		return reportedAt;
	}

	String getRiskNo() {
		return riskNo;
	}

	RiskView view(java.util.List<RiskView.Step> steps) {
		return new RiskView(id, riskNo, countyId, kind, level, enterpriseId, enterpriseName, workersAffected, description,
				reportedAt, reportedBy, seenAt, seenBy, closedOn, closingNote, closedBy, requestNo, caseNo, version, steps);
	}

}
