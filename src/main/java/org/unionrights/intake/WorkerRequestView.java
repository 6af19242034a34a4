package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.unionrights.files.FileView;

/**
 * A request as the worker sees it on "check my request": never internal notes, the mobile masked.
 */
public record WorkerRequestView(String trackingNo, RequestStatus status, RequestCategory category, Channel channel,
		Instant submittedAt, long countyId, String employerName, String maskedMobile, BigDecimal amountOwed,
		int rosterSize, BigDecimal rosterTotal, List<TimelineEntry> timeline, List<FileView> evidence,
		Integer ratingScore, String ratingComment) {

	public boolean canAddToRequest() {
		return status.isOpen();
	}

	public boolean canRate() {
		return status.isFinished() && ratingScore == null;
	}

	public boolean canAddEvidence() {
		return canAddToRequest() && evidence.size() < EvidenceIntake.MAX_PER_REQUEST;
	}

}
