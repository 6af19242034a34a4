package org.unionrights.common;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleConfigurationTest {

	@Test
	void englishVariantsAreEnglishAndEverythingElseIsChinese() {
		assertThat(LocaleConfiguration.supported(Locale.US)).isEqualTo(Locale.ENGLISH);
		assertThat(LocaleConfiguration.supported(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
		assertThat(LocaleConfiguration.supported(Locale.FRENCH)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(LocaleConfiguration.supported(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(LocaleConfiguration.supported(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

}
