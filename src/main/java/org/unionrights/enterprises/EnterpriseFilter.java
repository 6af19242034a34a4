package org.unionrights.enterprises;

import java.util.Locale;

/**
 * What the registry's list is narrowed to, within the user's scope; {@code null} means any.
 *
 * @param search part of the name or the credit code, lower case, at most 50 characters
 * @param union with a union ({@code true}) or without ({@code false})
 */
public record EnterpriseFilter(String search, Long countyId, Industry industry, EnterpriseSize size, Boolean union,
		Boolean supervisionCommittee, Boolean mediationCommittee, Boolean newEmploymentForm) {

	public static final EnterpriseFilter ALL = new EnterpriseFilter(null, null, null, null, null, null, null, null);

	public EnterpriseFilter {
		String text = search == null ? "" : search.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
		// A credit code is found however it was spaced.
		if (text.replace(" ", "").matches("[0-9a-z]{6,18}")) {
			text = text.replace(" ", "");
		}
		search = text.isEmpty() ? null : text.substring(0, Math.min(50, text.length()));
	}

}
