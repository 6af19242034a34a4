package org.unionrights.common.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Refuses the passwords people choose most and guessers try first: common words and names with the
 * digits people add to them (password123, woaini1314, admin@123456), keyboard walks (1qaz2wsx3edc,
 * qwe123456789) and the union's own words (baoji12351). Compared without case and without
 * punctuation, so {@code Password@123!} is {@code password123}.
 */
public class CommonPasswords implements ConstraintValidator<StrongPassword, String> {

	private static final List<String> WORDS = List.of("password", "passw0rd", "p@ssword", "p@ssw0rd", "qwerty", "qwertyuiop", "qwer",
			"asdf", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "qazwsx", "qweasd", "qweasdzxc", "abc", "abcd", "abcde",
			"abcdef", "abcdefg", "admin", "administrator", "root", "user", "test", "guest", "login", "welcome", "hello",
			"iloveyou", "woaini", "aini", "love", "letmein", "monkey", "dragon", "master", "superman", "batman",
			"football", "baseball", "sunshine", "princess", "shadow", "michael", "jordan", "china", "beijing",
			"shanghai", "baoji", "shaanxi", "xian", "gonghui", "zhigong", "weiquan", "union", "worker", "lawyer",
			"zhangwei", "wangwei", "liwei", "wangfang", "zhangsan", "lisi", "a", "aa", "aaa", "q", "qq", "z", "x");

	private static final List<String> NUMBERS = List.of("1", "12", "123", "1234", "12345", "123456", "1234567",
			"12345678", "123456789", "1234567890", "0123456789", "111", "1111", "111111", "000", "0000", "000000",
			"666", "666666", "888", "888888", "8888", "520", "1314", "5201314", "1314520", "12351", "2020", "2021",
			"2022", "2023", "2024", "2025", "2026", "2027", "321", "54321", "987654321", "147258369", "159357", "7758521");

	private static final List<String> WALKS = List.of("1qaz2wsx", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "1q2w3e4r",
			"1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4", "q1w2e3r4t5", "q1w2e3r4t5y6", "qwe123", "qwe123456",
			"qwe123456789", "asd123456789", "zxc123456789", "qaz123456789", "123qwe", "123qweasd", "123qweasdzxc",
			"qweasdzxc123", "1234qwer", "1234qwerasdf", "qwer1234", "asdf1234", "zxcv1234", "abc123456789",
			"a1234567890", "a123456789", "aa123456789", "aaa123456789", "123456789a", "123456789aa", "1234567890a",
			"123456789abc", "123456789qwe", "12345678abc", "1234567890q", "qq123456789", "abcd1234abcd",
			"a1b2c3d4e5", "a1b2c3d4e5f6", "1a2b3c4d5e", "zaq12wsx", "zaq1xsw2cde3", "!qaz2wsx", "1qazxsw2");

	private static final Set<String> COMMON = build();

	private static Set<String> build() {
		Set<String> common = new HashSet<>();
		for (String walk : WALKS) {
			common.add(normalize(walk));
		}
		for (String word : WORDS) {
			for (String number : NUMBERS) {
				common.add(normalize(word + number));
				common.add(normalize(number + word));
				common.add(normalize(word + number + word));
			}
		}
		return Set.copyOf(common);
	}

	/** Lower case, letters and digits only. */
	static String normalize(String password) {
		return password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** Whether a password is one of the common ones (in any case, with any punctuation). */
	public static boolean isCommon(String password) {
		return password != null && COMMON.contains(normalize(password));
	}

	static int size() {
		return COMMON.size();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || value.isEmpty() || !isCommon(value);
	}

}
