package org.unionrights.intake;

/**
 * What the triage queue shows: by status (open requests by default), category, county, channel,
 * migrant workers, group complaints, first contact overdue, escalated to the city, and a search text.
 */
public record TriageFilter(RequestStatus status, RequestCategory category, Long countyId, Channel channel,
		boolean migrantOnly, boolean groupOnly, boolean overdueOnly, boolean escalatedOnly, String query) {

	/** The search text as the index holds it: trimmed, lower case, at most 50 characters. */
	String normalizedQuery() {
		if (query == null || query.isBlank()) {
			return null;
		}
		String trimmed = query.strip().toLowerCase(java.util.Locale.ROOT);
		return trimmed.length() > 50 ? trimmed.substring(0, 50) : trimmed;
	}

}
