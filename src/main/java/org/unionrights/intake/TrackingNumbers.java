package org.unionrights.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tracking numbers people can read out on the phone: {@code WQ-2026-000123}, the year of
 * submission and a number that never repeats.
 */
public final class TrackingNumbers {

	private static final Pattern FORMAT = Pattern.compile("^WQ-[0-9]{4}-[0-9]{6,9}$");

	private TrackingNumbers() {
	}

	static String format(long number, Instant submittedAt, ZoneId zone) {
		return String.format(Locale.ROOT, "WQ-%d-%06d", submittedAt.atZone(zone).getYear(), number);
	}

	/** As typed (lower case, spaces, full-width dash), or {@code null} when it cannot be one. */
	public static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String normalized = typed.strip().toUpperCase(Locale.ROOT).replace('－', '-').replace('—', '-').replace(" ", "");
		return FORMAT.matcher(normalized).matches() ? normalized : null;
	}

}
