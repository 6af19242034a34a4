package org.unionrights.intake;

/**
 * An evidence file was refused; {@code code} is the message key saying why.
 */
public class InvalidEvidenceException extends RuntimeException {

	private final String code;

	public InvalidEvidenceException(String code) {
		super(code);
		this.code = code;
	}

	public String getCode() {
		return code;
	}

}
