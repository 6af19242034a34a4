package org.unionrights.cases;

/**
 * Whether a case is being handled or has ended.
 */
enum CaseStatus {

	OPEN, CLOSED

}
