package org.unionrights.common.validation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the identifier checks over many generated values: a number built by the standard's
 * rule passes, any one character typed wrong fails, and no input at all makes a check throw.
 */
class ChineseIdentifiersProperties {

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10X98765432";

	private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	@Property
	void aResidentIdWithItsCheckCharacterPasses(@ForAll("idBodies") String body) {
		assertThat(ChineseIdentifiers.isResidentId(body + idCheck(body))).isTrue();
	}

	@Property
	void anyOneDigitOfAResidentIdTypedWrongFails(@ForAll("idBodies") String body, @ForAll @IntRange(max = 16) int at,
			@ForAll @IntRange(min = 1, max = 9) int shift) {
		String id = body + idCheck(body);
		char wrong = (char) ('0' + (id.charAt(at) - '0' + shift) % 10);
		assertThat(ChineseIdentifiers.isResidentId(id.substring(0, at) + wrong + id.substring(at + 1))).isFalse();
	}

	@Property
	void aCreditCodeWithItsCheckCharacterPasses(@ForAll("creditBodies") String body) {
		assertThat(ChineseIdentifiers.isCreditCode(body + creditCheck(body))).isTrue();
	}

	@Property
	void anyOneCharacterOfACreditCodeTypedWrongFails(@ForAll("creditBodies") String body,
			@ForAll @IntRange(max = 16) int at, @ForAll @IntRange(min = 1, max = 30) int shift) {
		String code = body + creditCheck(body);
		char wrong = CREDIT_ALPHABET.charAt((CREDIT_ALPHABET.indexOf(code.charAt(at)) + shift) % 31);
		assertThat(ChineseIdentifiers.isCreditCode(code.substring(0, at) + wrong + code.substring(at + 1))).isFalse();
	}

	@Property
	void aMobileIsElevenDigitsStartingOneThreeToNine(@ForAll("mobiles") String mobile) {
		assertThat(ChineseIdentifiers.isMobile(mobile)).isTrue();
		assertThat(ChineseIdentifiers.isMobile(mobile + "0")).isFalse();
		assertThat(ChineseIdentifiers.isMobile(mobile.substring(1))).isFalse();
		assertThat(ChineseIdentifiers.isMobile("2" + mobile.substring(1))).isFalse();
	}

	@Property
	void noInputMakesACheckThrowOrPassByAccident(@ForAll String anything) {
		boolean id = ChineseIdentifiers.isResidentId(anything);
		boolean credit = ChineseIdentifiers.isCreditCode(anything);
		boolean mobile = ChineseIdentifiers.isMobile(anything);
		if (id) {
			assertThat(anything).hasSize(18).matches("[0-9]{17}[0-9X]");
		}
		if (credit) {
			assertThat(anything).hasSize(18);
		}
		if (mobile) {
			assertThat(anything).matches("1[3-9][0-9]{9}");
		}
		assertThat(ChineseIdentifiers.normalizeCode(anything)).doesNotContain(" ");
	}

	@Provide
	Arbitrary<String> idBodies() {
		return Arbitraries.strings().numeric().ofLength(17);
	}

	@Provide
	Arbitrary<String> creditBodies() {
		return Arbitraries.strings().withChars(CREDIT_ALPHABET.toCharArray()).ofLength(17);
	}

	@Provide
	Arbitrary<String> mobiles() {
		return Arbitraries.strings().numeric().ofLength(9).flatMap(rest -> Arbitraries.integers()
			.between(3, 9)
			.map(second -> "1" + second + rest));
	}

	private static char idCheck(String body) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return ID_CHECK.charAt(sum % 11);
	}

	private static char creditCheck(String body) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CREDIT_ALPHABET.indexOf(body.charAt(i)) * CREDIT_WEIGHTS[i];
		}
		return CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
