package org.unionrights.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the database folder is in use" into Boot's short start-up failure report instead of a
 * page of stack trace.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other portal, or start this one with its own folder: "
						+ "--portal.embedded-db.data-dir=<folder>. Nothing was changed in the folder.",
				cause);
	}

}
