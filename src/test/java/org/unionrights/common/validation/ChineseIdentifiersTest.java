package org.unionrights.common.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseIdentifiersTest {

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", "19912345678", "15109170000" })
	void validMobiles(String mobile) {
		assertThat(ChineseIdentifiers.isMobile(mobile)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12800138000", "1380013800", "138001380000", "1380013800a", "+8613800138000", "" })
	void invalidMobiles(String mobile) {
		assertThat(ChineseIdentifiers.isMobile(mobile)).isFalse();
	}

	@Test
	void residentIdCheckCharacter() {
		assertThat(ChineseIdentifiers.isResidentId("11010519491231002X")).isTrue();
		assertThat(ChineseIdentifiers.isResidentId("110105194912310021")).isFalse();
		assertThat(ChineseIdentifiers.isResidentId("11010519491231002x")).isFalse();
		assertThat(ChineseIdentifiers.isResidentId("610302199001011234")).isFalse();
		assertThat(ChineseIdentifiers.isResidentId("61030219900101123")).isFalse();
		assertThat(ChineseIdentifiers.isResidentId(null)).isFalse();
	}

	@Test
	void residentIdWithADigitCheckCharacter() {
		// The other example of GB 11643-1999, and a Baoji number with its check digit 2.
		assertThat(ChineseIdentifiers.isResidentId("440524188001010014")).isTrue();
		assertThat(ChineseIdentifiers.isResidentId("610302199001011232")).isTrue();
		assertThat(ChineseIdentifiers.isResidentId("610302199001011238")).isFalse();
	}

	@Test
	void creditCodeCheckCharacter() {
		// Published codes of real organisations.
		assertThat(ChineseIdentifiers.isCreditCode("91350100M000100Y43")).isTrue();
		assertThat(ChineseIdentifiers.isCreditCode("91110000600037341L")).isTrue();
		assertThat(ChineseIdentifiers.isCreditCode("91350100M000100Y44")).isFalse();
		assertThat(ChineseIdentifiers.isCreditCode("91350100M000100Y4")).isFalse();
		// I, O, S, V, Z are not in the alphabet.
		assertThat(ChineseIdentifiers.isCreditCode("91350100I000100Y43")).isFalse();
		assertThat(ChineseIdentifiers.isCreditCode(null)).isFalse();
	}

	@Test
	void codesAreNormalized() {
		assertThat(ChineseIdentifiers.normalizeCode(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
	}

}
