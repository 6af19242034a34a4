package org.unionrights.common.web;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every date and month a form or a link sends is read one way, as the date inputs send it
 * ({@code 2026-03-15}, {@code 2026-03}), and only within years people mean ({@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}): {@code 0001-01-01} or {@code -2026-05} is a field's "write the date like
 * this" message (typeMismatch), never a year 1 in the database or a page that cannot show it.
 * Registered after Spring's own, so these read the fields marked {@code @DateTimeFormat} as well;
 * printing is left to Spring.
 */
@Configuration(proxyBeanMethods = false)
class BoundedDates implements WebMvcConfigurer {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// Parsers only: how a date is shown (2027/1/20 on a page, ISO in a date input) stays Spring's.
		registry.addParser(new Days());
		registry.addParser(new Months());
	}

	static final class Days implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			try {
				return within(LocalDate.parse(text.strip(), DAY), LocalDate::getYear, text);
			}
			catch (DateTimeException ex) {
				throw new ParseException(text, 0);
			}
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return DAY.format(date);
		}

	}

	static final class Months implements Formatter<YearMonth> {

		@Override
		public YearMonth parse(String text, Locale locale) throws ParseException {
			try {
				return within(YearMonth.parse(text.strip(), MONTH), YearMonth::getYear, text);
			}
			catch (DateTimeException ex) {
				throw new ParseException(text, 0);
			}
		}

		@Override
		public String print(YearMonth month, Locale locale) {
			return MONTH.format(month);
		}

	}

	private static <T> T within(T value, java.util.function.ToIntFunction<T> year, String text) throws ParseException {
		int y = year.applyAsInt(value);
		if (y < FIRST_YEAR || y > LAST_YEAR) {
			throw new ParseException(text, 0);
		}
		return value;
	}

}
