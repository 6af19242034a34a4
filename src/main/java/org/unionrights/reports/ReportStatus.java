package org.unionrights.reports;

/**
 * Where a monthly report stands. Labels: {@code reportStatus.<NAME>}.
 * A draft or a returned report is edited by its county; a submitted one waits for the city; an
 * approved one is locked until a correction reopens it as a draft.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
