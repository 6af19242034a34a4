package org.unionrights.files;

/**
 * A file was refused; {@code code} is the message key saying why (it takes the file's name).
 */
public class InvalidFileException extends RuntimeException {

	private final String code;

	InvalidFileException(String code) {
		super(code);
		this.code = code;
	}

	public String getCode() {
		return code;
	}

}
