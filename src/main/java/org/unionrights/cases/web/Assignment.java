package org.unionrights.cases.web;

/**
 * One "team and lawyer" choice as the case forms send it, {@code teamId:accountId}: the value of
 * an option in the list of active teams and their lawyers.
 */
record Assignment(long teamId, long lawyerAccountId) {

	/** What a form accepts; empty is left to {@code @NotBlank}. */
	static final String PATTERN = "^$|^[0-9]{1,18}:[0-9]{1,18}$";

	/** Reads a value that matched {@link #PATTERN}. */
	static Assignment parse(String value) {
		int colon = value.indexOf(':');
		return new Assignment(Long.parseLong(value.substring(0, colon)), Long.parseLong(value.substring(colon + 1)));
	}

}
