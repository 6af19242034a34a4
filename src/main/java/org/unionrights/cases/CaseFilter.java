package org.unionrights.cases;

import java.util.Locale;

import org.unionrights.intake.RequestCategory;

/**
 * What a case list is narrowed to, within the user's scope: a search (case or request number,
 * employer, the worker and the names of a group's roster), county, team, lawyer, open or closed,
 * category, and one flag. {@code null} means any.
 *
 * @param search as typed; kept to {@link #MAX_SEARCH} characters, lower case
 */
public record CaseFilter(String search, Long countyId, Long teamId, Long lawyerAccountId, Boolean open,
		RequestCategory category, Flag flag) {

	/** The longest search; a longer one is cut. */
	public static final int MAX_SEARCH = 50;

	/** Every case of the scope. */
	public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, null);

	/** Open cases carrying a mark: chased, escalated to the city, unread from the worker, follow-up due. */
	public enum Flag {

		CHASED, ESCALATED, UNREAD, FOLLOW_UP

	}

	public CaseFilter {
		search = search == null || search.isBlank() ? null
				: search.strip().toLowerCase(Locale.ROOT).substring(0, Math.min(MAX_SEARCH, search.strip().length()));
	}

	public static CaseFilter of(Flag flag) {
		return new CaseFilter(null, null, null, null, null, null, flag);
	}

}
