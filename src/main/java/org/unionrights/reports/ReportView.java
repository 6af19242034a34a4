package org.unionrights.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A monthly report as its page shows it: the header, one line per indicator, and every version
 * submitted (newest first) with what changed from the one before.
 */
public record ReportView(Header header, List<Line> lines, List<Submitted> versions) {

	public record Header(long id, long countyId, YearMonth month, ReportStatus status, LocalDate dueOn, boolean late,
			Instant createdAt, String createdBy, Instant submittedAt, String submittedBy, Instant decidedAt,
			String decidedBy, String returnComment, String reopenReason, Integer approvedVersion, long version) {

		public boolean editable() {
			return status.editable();
		}

	}

	/**
	 * One indicator on the report.
	 *
	 * @param count the portal's count (computed indicators; now for a report being edited, as
	 * submitted for one that is not)
	 * @param value the override of the count, or the figure entered by hand
	 * @param reported what the report says
	 */
	public record Line(IndicatorView indicator, BigDecimal count, BigDecimal value, String reason, BigDecimal reported) {

		public boolean overridden() {
			return indicator.computed() && value != null;
		}

	}

	/** A version the county submitted: its figures as sent, and the approval if any. */
	public record Submitted(int number, Instant submittedAt, String submittedBy, boolean late, Instant approvedAt,
			String approvedBy, Map<Long, BigDecimal> values) {
	}

	/** An indicator whose figure a version changed from the one before. */
	public record Change(IndicatorView indicator, BigDecimal before, BigDecimal after) {
	}

	/** What each version changed from the one before it (the first: nothing). */
	public List<Change> changes(Submitted version) {
		int index = versions.indexOf(version);
		List<Change> changes = new ArrayList<>();
		if (index < 0 || index + 1 >= versions.size()) {
			return changes;
		}
		Submitted before = versions.get(index + 1);
		for (Line line : lines) {
			BigDecimal was = before.values().get(line.indicator().id());
			BigDecimal now = version.values().get(line.indicator().id());
			if (!Objects.equals(was == null ? null : was.stripTrailingZeros(), now == null ? null : now.stripTrailingZeros())) {
				changes.add(new Change(line.indicator(), was, now));
			}
		}
		return changes;
	}

}
