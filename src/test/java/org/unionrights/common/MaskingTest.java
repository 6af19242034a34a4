package org.unionrights.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	void masksTheMiddleOfAMobile() {
		assertThat(Masking.mobile("13800138000")).isEqualTo("138****8000");
		assertThat(Masking.mobile("123")).isEqualTo("****");
		assertThat(Masking.mobile(null)).isNull();
	}

	@Test
	void masksTheBirthDateAndSequenceOfAnIdNumber() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(Masking.idNumber("short")).isEqualTo("****");
	}

}
