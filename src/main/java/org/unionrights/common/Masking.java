package org.unionrights.common;

/**
 * Personal numbers as lists and worker pages show them: enough to recognise, not to use.
 */
public final class Masking {

	private Masking() {
	}

	/** An 18-character resident ID, anywhere in free text (as a PostgreSQL regular expression). */
	static final String ID_NUMBER_ANYWHERE = "[1-9][0-9]{16}[0-9Xx]";

	/** An 11-digit mainland mobile, anywhere in free text. */
	static final String MOBILE_ANYWHERE = "1[3-9][0-9]{9}";

	/**
	 * SQL around a text column that blanks every resident ID and mobile in it (IDs first, as they
	 * hold mobile-like runs): {@code BLANK_NUMBERS_BEFORE + column + BLANK_NUMBERS_AFTER}. Constants,
	 * so that a repository's {@code @Query} can use them too.
	 */
	public static final String BLANK_NUMBERS_BEFORE = "regexp_replace(regexp_replace(";

	public static final String BLANK_NUMBERS_AFTER = ", '" + ID_NUMBER_ANYWHERE + "', '******************', 'g'), '"
			+ MOBILE_ANYWHERE + "', '***********', 'g')";

	/**
	 * SQL that blanks every resident ID and mobile in a text column: for removing personal data
	 * from notes that are kept. The column's name is the caller's own, never input.
	 */
	public static String blankNumbersSql(String column) {
		return BLANK_NUMBERS_BEFORE + column + BLANK_NUMBERS_AFTER;
	}

	/** {@code 13800138000} → {@code 138****8000}. */
	public static String mobile(String mobile) {
		if (mobile == null || mobile.length() < 7) {
			return mobile == null ? null : "****";
		}
		return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
	}

	/** {@code 11010519491231002X} → {@code 110105********002X}. */
	public static String idNumber(String id) {
		if (id == null || id.length() < 10) {
			return id == null ? null : "****";
		}
		return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
	}

}
