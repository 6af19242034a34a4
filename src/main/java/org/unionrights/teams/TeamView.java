package org.unionrights.teams;

import java.util.List;

/**
 * A team as pages show it, with its members.
 */
public record TeamView(long id, String name, TeamKind kind, Long countyId, boolean active, long version,
		List<Member> members) {

	/** A lawyer of the team. */
	public record Member(long accountId, String username, String displayName, LawyerKind kind) {
	}

}
