package org.unionrights.reports;

import java.util.Map;

/**
 * A report's figures were refused: each field ({@code value[12]}, {@code reason[12]}) with its
 * message key, to show beside it. Nothing was saved.
 */
public class ReportInputException extends RuntimeException {

	private final Map<String, String> errors;

	ReportInputException(Map<String, String> errors) {
		super("report figures refused: " + errors);
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
