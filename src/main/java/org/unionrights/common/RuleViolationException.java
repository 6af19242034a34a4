package org.unionrights.common;

/**
 * A business rule refused an input. {@code field} names the form field it belongs to (or
 * {@code null} for the whole form) and {@code code} the message key, so controllers can show
 * it beside the field with {@code rejectValue(field, code)}.
 */
public class RuleViolationException extends RuntimeException {

	private final String field;

	private final String code;

	public RuleViolationException(String field, String code) {
		super(code + (field == null ? "" : " (" + field + ")"));
		this.field = field;
		this.code = code;
	}

	public String getField() {
		return field;
	}

	public String getCode() {
		return code;
	}

}
