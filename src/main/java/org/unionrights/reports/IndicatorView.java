package org.unionrights.reports;

import java.time.Instant;
import java.util.Locale;

/**
 * An indicator as pages and reports read it.
 *
 * @param source the module's figure it is computed from ({@code cases.OPENED}), or {@code null}: entered by hand
 */
public record IndicatorView(long id, String code, String nameZh, String nameEn, IndicatorUnit unit, String source,
		int position, Instant retiredAt, long version) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public boolean computed() {
		return source != null;
	}

	public boolean retired() {
		return retiredAt != null;
	}

}
