package org.unionrights.common;

/**
 * What the portal keeps of an optional text someone typed: stripped, or nothing when it was left
 * blank.
 */
public final class Texts {

	private Texts() {
	}

	/** The text stripped, or {@code null} when it is {@code null} or blank. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
