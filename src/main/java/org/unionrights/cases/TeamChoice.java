package org.unionrights.cases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.unionrights.common.RuleViolationException;
import org.unionrights.teams.TeamService;
import org.unionrights.teams.TeamView;

/**
 * Who may carry a case of a county: a lawyer of an active team of that county or of the whole
 * city. Opening a case and handing it on both choose this way.
 */
@Component
class TeamChoice {

	private final TeamService teams;

	TeamChoice(TeamService teams) {
		this.teams = teams;
	}

	/** A team and one of its lawyers, checked. */
	record Chosen(TeamView team, TeamView.Member lawyer) {
	}

	/** The active teams of the county and of the city, with their lawyers. */
	List<TeamView> forCounty(long countyId) {
		return teams.list().stream().filter(team -> serves(team, countyId)).toList();
	}

	/** The team and lawyer chosen for a case of the county, or a refusal beside the choice. */
	Chosen choose(long countyId, long teamId, long lawyerAccountId) {
		TeamView team = teams.list()
			.stream()
			.filter(t -> t.id() == teamId && serves(t, countyId))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("teamId", "case.team.invalid"));
		TeamView.Member lawyer = team.members()
			.stream()
			.filter(member -> member.accountId() == lawyerAccountId)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("lawyerAccountId", "case.lawyer.invalid"));
		return new Chosen(team, lawyer);
	}

	/** Every team's name, by id, for lists. */
	/** Every team, active or not: a list of old cases may be narrowed to a team since closed. */
	List<TeamView> all() {
		return teams.list();
	}

	/** The teams, active or not, that serve the county: its own and the city-wide ones. */
	List<TeamView> forCountyEvenInactive(long countyId) {
		return teams.list().stream().filter(team -> team.countyId() == null || team.countyId() == countyId).toList();
	}

	Map<Long, String> names() {
		return teams.list().stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
	}

	private static boolean serves(TeamView team, long countyId) {
		return team.active() && (team.countyId() == null || team.countyId() == countyId);
	}

}
