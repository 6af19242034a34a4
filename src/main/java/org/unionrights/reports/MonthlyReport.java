package org.unionrights.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;

/**
 * A county's monthly report (月必报), one per county and month (the database's unique key). It keeps
 * its own rules: figures change only while it is a draft or returned; it is submitted only after its
 * month ended; the city approves or returns only what was submitted, a return with a comment; an
 * approved report is locked, and a correction reopens it (with a reason) as a draft, while the
 * approved version stays what the dashboard shows until the next approval.
 */
@Entity
@Table(name = "monthly_report")
class MonthlyReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long countyId;

	private LocalDate month;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private LocalDate dueOn;

	private Instant createdAt;

	private String createdBy;

	private Instant firstSubmittedAt;

	private Instant submittedAt;

	private String submittedBy;

	private Instant decidedAt;

	private String decidedBy;

	private String returnComment;

	private String reopenReason;

	private Integer approvedVersion;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "report_id", insertable = false, updatable = false)
	@MapKey(name = "indicatorId")
	private Map<Long, ReportValue> values = new HashMap<>();

	protected MonthlyReport() {
	}

	MonthlyReport(long countyId, YearMonth month, LocalDate dueOn, String by, Instant now) {
		this.countyId = countyId;
		this.month = month.atDay(1);
		this.dueOn = dueOn;
		this.status = ReportStatus.DRAFT;
		this.createdAt = now;
		this.createdBy = by;
	}

	/** The figures of a draft or a returned report, from a page opened at {@code expectedVersion}. */
	void fill(long expectedVersion, Map<Long, ReportFigure> newFigures) {
		checkVersion(expectedVersion);
		if (!status.editable()) {
			throw new RuleViolationException(null, "report.locked");
		}
		// A figure that changed is updated in its row; one no longer there goes.
		values.keySet().retainAll(newFigures.keySet());
		newFigures.forEach((indicator, figure) -> values.computeIfAbsent(indicator, key -> new ReportValue(id, key)).set(figure));
	}

	/** Sent to the city: only once the month is over. */
	void submit(String by, Instant now, LocalDate today) {
		if (!status.editable()) {
			throw new RuleViolationException(null, "report.locked");
		}
		if (!today.isAfter(getMonth().atEndOfMonth())) {
			throw new RuleViolationException(null, "report.monthNotOver");
		}
		status = ReportStatus.SUBMITTED;
		submittedAt = now;
		submittedBy = by;
		if (firstSubmittedAt == null) {
			firstSubmittedAt = now;
		}
	}

	void approve(long expectedVersion, int versionNumber, String by, Instant now) {
		decide(expectedVersion, by, now);
		status = ReportStatus.APPROVED;
		approvedVersion = versionNumber;
		returnComment = null;
		reopenReason = null;
	}

	void returnWith(long expectedVersion, String comment, String by, Instant now) {
		decide(expectedVersion, by, now);
		status = ReportStatus.RETURNED;
		returnComment = comment;
	}

	/** A correction of an approved report: a draft again, the approved version still standing. */
	void reopen(long expectedVersion, String reason) {
		checkVersion(expectedVersion);
		if (status != ReportStatus.APPROVED) {
			throw new RuleViolationException(null, "report.notApproved");
		}
		status = ReportStatus.DRAFT;
		reopenReason = reason;
	}

	private void decide(long expectedVersion, String by, Instant now) {
		checkVersion(expectedVersion);
		if (status != ReportStatus.SUBMITTED) {
			throw new RuleViolationException(null, "report.notSubmitted");
		}
		decidedAt = now;
		decidedBy = by;
	}

	private void checkVersion(long expectedVersion) {
		if (expectedVersion != version) {
			throw new StaleEditException("report " + id, version);
		}
	}

	/** Late: submitted first after its due day, or not yet submitted and the due day has passed. */
	boolean isLate(LocalDate today, ZoneId zone) {
		LocalDate sent = firstSubmittedAt == null ? today : LocalDate.ofInstant(firstSubmittedAt, zone);
		return sent.isAfter(dueOn) && (firstSubmittedAt != null || today.isAfter(dueOn));
	}

	Long getId() {
		return id;
	}

	long getCountyId() {
		return countyId;
	}

	YearMonth getMonth() {
		return YearMonth.from(month);
	}

	ReportStatus getStatus() {
		return status;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	/** The figures by indicator id, as they stand. */
	Map<Long, ReportFigure> getFigures() {
		Map<Long, ReportFigure> figures = new HashMap<>();
		values.forEach((indicator, value) -> figures.put(indicator, value.figure()));
		return figures;
	}

	Integer getApprovedVersion() {
		return approvedVersion;
	}

	long getVersion() {
		return version;
	}

	ReportView.Header header(boolean late) {
		return new ReportView.Header(id, countyId, getMonth(), status, dueOn, late, createdAt, createdBy, submittedAt,
				submittedBy, decidedAt, decidedBy, returnComment, reopenReason, approvedVersion, version);
	}

}
