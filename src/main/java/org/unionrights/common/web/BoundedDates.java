package org.unionrights.common.web;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
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

	/** A date read as the date input sends it, within the years people mean. */
	static final class Days extends Bounded<LocalDate> {

		Days() {
			super(DAY, LocalDate::from, LocalDate::getYear);
		}

	}

	/** A month read as the month input sends it, within the years people mean. */
	static final class Months extends Bounded<YearMonth> {

		Months() {
			super(MONTH, YearMonth::from, YearMonth::getYear);
		}

	}

	/** Reads one pattern strictly and refuses a year outside {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
	abstract static class Bounded<T> implements Parser<T> {

		private final DateTimeFormatter format;

		private final TemporalQuery<T> query;

		private final ToIntFunction<T> year;

		Bounded(DateTimeFormatter format, TemporalQuery<T> query, ToIntFunction<T> year) {
			this.format = format;
			this.query = query;
			this.year = year;
		}

		@Override
		public T parse(String text, Locale locale) throws ParseException {
			T value;
			try {
				value = format.parse(text.strip(), query);
			}
			catch (DateTimeException ex) {
				throw new ParseException(text, 0);
			}
			int y = year.applyAsInt(value);
			if (y < FIRST_YEAR || y > LAST_YEAR) {
				throw new ParseException(text, 0);
			}
			return value;
		}

	}

}
