package org.unionrights.teams;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.AccountView;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.counties.CountyDirectory;

/**
 * Keeping the legal service teams: what administrators do, each change in the audit log.
 */
@Service
@Transactional
public class TeamService {

	private final LegalTeams teams;

	private final AccountService accounts;

	private final CountyDirectory counties;

	private final AuditLog auditLog;

	private final Clock clock;

	TeamService(LegalTeams teams, AccountService accounts, CountyDirectory counties, AuditLog auditLog, Clock clock) {
		this.teams = teams;
		this.accounts = accounts;
		this.counties = counties;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TeamView> list() {
		List<LegalTeam> all = teams.findAllByOrderByActiveDescNameAsc();
		Map<Long, AccountView> members = accounts.byIds(all.stream()
			.flatMap(team -> team.getMembers().stream())
			.map(TeamMember::getAccountId)
			.collect(Collectors.toSet()));
		return all.stream().map(team -> view(team, members)).toList();
	}

	@Transactional(readOnly = true)
	public TeamView find(long id) {
		LegalTeam team = load(id);
		return view(team, accounts.byIds(team.getMembers().stream().map(TeamMember::getAccountId).toList()));
	}

	public TeamView create(String name, TeamKind kind, Long countyId) {
		if (teams.existsByNameIgnoreCase(name.strip())) {
			throw new RuleViolationException("name", "team.name.taken");
		}
		checkCounty(countyId);
		LegalTeam team = teams.save(new LegalTeam(name, kind, countyId, clock.instant()));
		auditLog.record("TEAM_CREATED", subject(team), kind + ", county=" + countyId);
		return view(team, Map.of());
	}

	public void update(long id, long version, String name, TeamKind kind, Long countyId) {
		LegalTeam team = load(id);
		if (team.getVersion() != version) {
			throw new StaleEditException("team " + id, team.getVersion());
		}
		if (teams.existsByNameIgnoreCaseAndIdNot(name.strip(), id)) {
			throw new RuleViolationException("name", "team.name.taken");
		}
		checkCounty(countyId);
		team.describe(name, kind, countyId);
		teams.flush();
		auditLog.record("TEAM_UPDATED", subject(team), kind + ", county=" + countyId);
	}

	/** Adds an enabled lawyer to the team. */
	public void addMember(long id, long accountId, LawyerKind lawyerKind) {
		LegalTeam team = load(id);
		AccountView lawyer = lawyersById().get(accountId);
		if (lawyer == null) {
			throw new RuleViolationException("accountId", "team.member.notLawyer");
		}
		team.addMember(accountId, lawyerKind, clock.instant());
		auditLog.record("TEAM_MEMBER_ADDED", subject(team), lawyer.username() + " (" + lawyerKind + ")");
	}

	public void removeMember(long id, long accountId) {
		LegalTeam team = load(id);
		if (team.removeMember(accountId)) {
			auditLog.record("TEAM_MEMBER_REMOVED", subject(team), "account " + accountId);
		}
	}

	public void setActive(long id, boolean active) {
		LegalTeam team = load(id);
		team.setActive(active);
		auditLog.record(active ? "TEAM_ACTIVATED" : "TEAM_DEACTIVATED", subject(team), null);
	}

	private LegalTeam load(long id) {
		return teams.findById(id).orElseThrow(() -> new TeamNotFoundException(id));
	}

	private void checkCounty(Long countyId) {
		if (countyId != null && !counties.isActive(countyId)) {
			throw new RuleViolationException("countyId", "account.county.unknown");
		}
	}

	private Map<Long, AccountView> lawyersById() {
		return accounts.lawyers().stream().collect(Collectors.toMap(AccountView::id, Function.identity()));
	}

	private static TeamView view(LegalTeam team, Map<Long, AccountView> lawyers) {
		List<TeamView.Member> members = team.getMembers().stream().map(member -> {
			AccountView lawyer = lawyers.get(member.getAccountId());
			return new TeamView.Member(member.getAccountId(), lawyer == null ? "—" : lawyer.username(),
					lawyer == null ? "—" : lawyer.displayName(), member.getLawyerKind());
		}).toList();
		return new TeamView(team.getId(), team.getName(), team.getKind(), team.getCountyId(), team.isActive(),
				team.getVersion(), members);
	}

	private static String subject(LegalTeam team) {
		return "team:" + team.getName();
	}

}
