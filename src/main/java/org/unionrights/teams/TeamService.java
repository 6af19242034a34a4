package org.unionrights.teams;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.AccountView;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.security.SignOutEverywhere;

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

	static final int KEPT_SECONDS = 60;

	private static final long KEPT_NANOS = KEPT_SECONDS * 1_000_000_000L;

	private final Object keeping = new Object();

	private volatile Snapshot kept;

	/** Changes committed so far; guarded by {@link #keeping}. */
	private long changes;

	TeamService(LegalTeams teams, AccountService accounts, CountyDirectory counties, AuditLog auditLog, Clock clock) {
		this.teams = teams;
		this.accounts = accounts;
		this.counties = counties;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * All teams with their lawyers, active ones first. Teams change seldom and are read on every
	 * case page, so the list is kept in memory: dropped when a change to a team or an account
	 * commits here, and read again after {@value #KEPT_SECONDS} seconds at most, for changes made
	 * by another instance of the portal.
	 */
	@Transactional(readOnly = true)
	public List<TeamView> list() {
		Snapshot snapshot = kept;
		if (snapshot != null && System.nanoTime() - snapshot.readAt() < KEPT_NANOS) {
			return snapshot.teams();
		}
		long generation;
		synchronized (keeping) {
			generation = changes;
		}
		long readAt = System.nanoTime();
		List<LegalTeam> all = teams.findAllByOrderByActiveDescNameAsc();
		Map<Long, AccountView> members = accounts.byIds(all.stream()
			.flatMap(team -> team.getMembers().stream())
			.map(TeamMember::getAccountId)
			.collect(Collectors.toSet()));
		List<TeamView> read = all.stream().map(team -> view(team, members)).toList();
		synchronized (keeping) {
			if (changes == generation) {
				// not kept when a change committed while reading: it may hold the state before it
				kept = new Snapshot(read, readAt);
			}
		}
		return read;
	}

	/** Drops the kept list once the current change commits (or at once, outside a transaction). */
	private void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
		else {
			forget();
		}
	}

	private void forget() {
		synchronized (keeping) {
			changes++;
			kept = null;
		}
	}

	/** A lawyer's name or account changed: the members' names are read again. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void on(SignOutEverywhere accountChanged) {
		forget();
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
		changed();
		auditLog.record("TEAM_CREATED", subject(team), describe(kind, countyId));
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
		changed();
		teams.flush();
		auditLog.record("TEAM_UPDATED", subject(team), describe(kind, countyId));
	}

	/** Adds an enabled lawyer to the team. */
	public void addMember(long id, long accountId, LawyerKind lawyerKind) {
		LegalTeam team = load(id);
		AccountView lawyer = lawyersById().get(accountId);
		if (lawyer == null) {
			throw new RuleViolationException("accountId", "team.member.notLawyer");
		}
		team.addMember(accountId, lawyerKind, clock.instant());
		changed();
		auditLog.record("TEAM_MEMBER_ADDED", subject(team), Detail.of("audit.detail.member",
				Detail.person(lawyer.username()), Detail.label("lawyerKind." + lawyerKind)));
	}

	public void removeMember(long id, long accountId) {
		LegalTeam team = load(id);
		if (team.removeMember(accountId)) {
			changed();
			String username = accounts.byIds(java.util.List.of(accountId)).values().stream().map(AccountView::username)
				.findFirst().orElse("#" + accountId);
			auditLog.record("TEAM_MEMBER_REMOVED", subject(team), Detail.of("audit.detail.person", Detail.person(username)));
		}
	}

	public void setActive(long id, boolean active) {
		LegalTeam team = load(id);
		team.setActive(active);
		changed();
		auditLog.record(active ? "TEAM_ACTIVATED" : "TEAM_DEACTIVATED", subject(team));
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

	private record Snapshot(List<TeamView> teams, long readAt) {
	}

	/** A team's kind and county (or the whole city), for the audit log. */
	private Detail describe(TeamKind kind, Long countyId) {
		Object county = countyId == null ? Detail.label("audit.detail.cityWide")
				: counties.find(countyId).map(c -> (Object) Detail.localized(c.nameZh(), c.nameEn())).orElse(countyId);
		return Detail.of("audit.detail.team", Detail.label("teamKind." + kind), county);
	}

}
