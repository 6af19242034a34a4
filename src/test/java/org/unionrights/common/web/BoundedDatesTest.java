package org.unionrights.common.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BoundedDatesTest {

	private final BoundedDates.Days days = new BoundedDates.Days();

	private final BoundedDates.Months months = new BoundedDates.Months();

	@ParameterizedTest
	@ValueSource(strings = { "0001-01-01", "-2026-05-01", "+12026-05-01", "1899-12-31", "2101-01-01", "2026-02-30",
			"2026-5-1", "2026/05/01", "20260501", "" })
	void aDayOutsideTheYearsPeopleMeanOrWrittenOtherwiseIsRefused(String text) {
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> days.parse(text, Locale.CHINA));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0001-05", "-2026-05", "2026-13", "2101-01", "1899-12", "2026-5", "" })
	void aMonthOutsideThemIsRefused(String text) {
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> months.parse(text, Locale.CHINA));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1900-01-01", "2026-03-15", " 2026-03-15 ", "2100-12-31", "2028-02-29" })
	void aDateAsTheDateInputSendsItIsRead(String text) throws ParseException {
		assertThat(days.parse(text, Locale.CHINA)).isEqualTo(LocalDate.parse(text.strip()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1900-01", "2026-03", "2100-12" })
	void aMonthAsTheMonthInputSendsItIsRead(String text) throws ParseException {
		assertThat(months.parse(text, Locale.CHINA)).isEqualTo(YearMonth.parse(text));
	}

}
