package org.unionrights.enterprises;

import java.util.Locale;

/**
 * Unified social credit codes for tests, each with its right check character (GB 32100-2015),
 * made from a number so that every test has its own.
 */
public final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	/** A valid code: a Baoji company's prefix, then the number in 9 digits. */
	public static String of(long number) {
		return withCheck("916103" + "02" + String.format(Locale.ROOT, "%09d", number));
	}

	/** The same code with a wrong check character. */
	public static String wrongCheck(long number) {
		String code = of(number);
		char wrong = code.charAt(17) == '0' ? '1' : '0';
		return code.substring(0, 17) + wrong;
	}

	static String withCheck(String base) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(base.charAt(i)) * WEIGHTS[i];
		}
		return base + ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
