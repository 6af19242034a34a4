package org.unionrights.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracking numbers people can read out on the phone: {@code WQ-2026-000123}, the year of
 * submission and a number that never repeats.
 */
public final class TrackingNumbers {

	/** The number without its separators: the letters (may be left out), the year, the serial number. */
	private static final Pattern TYPED = Pattern.compile("^(?:WQ)?([0-9]{4})([0-9]{6,9})$");

	/** What people put between the parts: spaces, dashes of every width and length, dots. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015\u2212\u30FC_.\u00B7]");

	private TrackingNumbers() {
	}

	static String format(long number, Instant submittedAt, ZoneId zone) {
		return String.format(Locale.ROOT, "WQ-%d-%06d", submittedAt.atZone(zone).getYear(), number);
	}

	/**
	 * The number however it was typed — lower case, without or with other dashes, spaces, full-width
	 * characters from a Chinese keyboard, without the letters — or {@code null} when it cannot be one:
	 * {@code wq2026000004}, {@code 2026-000004} and {@code ＷＱ－２０２６－００００４} are all
	 * {@code WQ-2026-000004}.
	 */
	public static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
		Matcher parts = TYPED.matcher(SEPARATORS.matcher(plain).replaceAll(""));
		return parts.matches() ? "WQ-" + parts.group(1) + "-" + parts.group(2) : null;
	}

}
