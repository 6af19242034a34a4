package org.unionrights.common.validation;

import java.util.regex.Pattern;

/**
 * Checks of the identifiers workers and employers give: mobile numbers, resident ID numbers
 * (GB 11643-1999) and unified social credit codes (GB 32100-2015), check characters included.
 */
public final class ChineseIdentifiers {

	private static final Pattern MOBILE = Pattern.compile("^1[3-9][0-9]{9}$");

	private static final Pattern ID_NUMBER = Pattern.compile("^[0-9]{17}[0-9X]$");

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10X98765432";

	private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private ChineseIdentifiers() {
	}

	/** A mainland mobile number: 11 digits, {@code 1[3-9]} then nine more. */
	public static boolean isMobile(String value) {
		return value != null && MOBILE.matcher(value).matches();
	}

	/** A resident ID number with a correct check character (an {@code x} must be upper case). */
	public static boolean isResidentId(String value) {
		if (value == null || !ID_NUMBER.matcher(value).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (value.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return ID_CHECK.charAt(sum % 11) == value.charAt(17);
	}

	/** A unified social credit code with a correct check character. */
	public static boolean isCreditCode(String value) {
		if (value == null || value.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 18; i++) {
			int code = CREDIT_ALPHABET.indexOf(value.charAt(i));
			if (code < 0) {
				return false;
			}
			if (i < 17) {
				sum += code * CREDIT_WEIGHTS[i];
			}
		}
		int check = (31 - sum % 31) % 31;
		return CREDIT_ALPHABET.charAt(check) == value.charAt(17);
	}

	/** Upper case without spaces, as people type codes in many ways. */
	public static String normalizeCode(String value) {
		return value == null ? null : value.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
	}

}
