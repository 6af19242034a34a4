package org.unionrights.counties;

import java.util.Locale;

/**
 * What other modules know of a county: its id, GB/T 2260 code (none for the high-tech zone) and
 * names in both languages.
 */
public record CountyRef(long id, String code, String nameZh, String nameEn) {

	/** The name in the user's language. */
	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
