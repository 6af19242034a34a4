package org.unionrights.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.security.Role;
import org.unionrights.security.SignOutEverywhere;

/**
 * Managing staff accounts: what administrators do, each action written to the audit log.
 */
@Service
@Transactional
public class AccountService {

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final CountyDirectory counties;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AccountNames names;

	AccountService(UserAccounts accounts, AccountNames names, PasswordEncoder passwordEncoder, CountyDirectory counties,
			AuditLog auditLog,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.counties = counties;
		this.names = names;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<AccountView> list(Pageable pageable) {
		return accounts.findAllByOrderByUsername(pageable).map(account -> AccountView.of(account, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return accounts.findById(id).map(account -> AccountView.of(account, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return accounts.findByUsername(UserAccount.normalize(username))
			.map(account -> AccountView.of(account, clock.instant()));
	}

	/** The enabled lawyers, by name: who can join a team or take a case. */
	@Transactional(readOnly = true)
	public List<AccountView> lawyers() {
		return accounts.findByRoleAndEnabledTrueOrderByDisplayName(Role.LAWYER)
			.stream()
			.map(account -> AccountView.of(account, clock.instant()))
			.toList();
	}

	/** The accounts with these ids, enabled or not, by id. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, AccountView> byIds(java.util.Collection<Long> ids) {
		return accounts.findAllById(ids)
			.stream()
			.collect(java.util.stream.Collectors.toMap(UserAccount::getId, account -> AccountView.of(account, clock.instant())));
	}

	public AccountView create(NewAccount request) {
		String username = UserAccount.normalize(request.username());
		if (accounts.existsByUsername(username)) {
			throw new RuleViolationException("username", "account.username.taken");
		}
		checkCounty(request.role(), request.countyId());
		UserAccount account = accounts.save(new UserAccount(username, request.displayName(),
				passwordEncoder.encode(request.password()), request.role(), request.countyId(), clock.instant()));
		auditLog.record("ACCOUNT_CREATED", subject(account), describe(account));
		names.forget();
		return AccountView.of(account, clock.instant());
	}

	/**
	 * Changes name, role and county, if nobody else changed the account since {@code version}.
	 */
	public AccountView update(long id, long version, String displayName, Role role, Long countyId) {
		UserAccount account = load(id);
		if (account.getVersion() != version) {
			throw new StaleEditException("account " + id, account.getVersion());
		}
		checkCounty(role, countyId);
		if (account.getRole() == Role.CITY_ADMIN && role != Role.CITY_ADMIN && account.isEnabled()
				&& accounts.countByRoleAndEnabledTrue(Role.CITY_ADMIN) <= 1) {
			throw new RuleViolationException("role", "account.lastAdmin");
		}
		account.rename(displayName, clock.instant());
		account.assign(role, countyId, clock.instant());
		accounts.flush();
		auditLog.record("ACCOUNT_UPDATED", subject(account), describe(account));
		names.forget();
		events.publishEvent(new SignOutEverywhere(account.getUsername()));
		return AccountView.of(account, clock.instant());
	}

	public void disable(long id, String actingUsername) {
		UserAccount account = load(id);
		if (account.getUsername().equals(UserAccount.normalize(actingUsername))) {
			throw new RuleViolationException(null, "account.disable.self");
		}
		account.disable(clock.instant());
		auditLog.record("ACCOUNT_DISABLED", subject(account));
		events.publishEvent(new SignOutEverywhere(account.getUsername()));
	}

	public void enable(long id) {
		UserAccount account = load(id);
		account.enable(clock.instant());
		auditLog.record("ACCOUNT_ENABLED", subject(account));
	}

	/** Sets a new password; this also lifts a lock from failed logins. */
	public void resetPassword(long id, String newPassword) {
		UserAccount account = load(id);
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		auditLog.record("ACCOUNT_PASSWORD_RESET", subject(account));
		events.publishEvent(new SignOutEverywhere(account.getUsername()));
	}

	private UserAccount load(long id) {
		return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	private void checkCounty(Role role, Long countyId) {
		if (role == null) {
			throw new RuleViolationException("role", "validation.required");
		}
		if (role.requiresCounty() && countyId == null) {
			throw new RuleViolationException("countyId", "account.county.required");
		}
		if (countyId != null && role.allowsCounty() && !counties.isActive(countyId)) {
			throw new RuleViolationException("countyId", "account.county.unknown");
		}
	}

	static String subject(UserAccount account) {
		return "account:" + account.getUsername();
	}

	/** An account's name, role and county (or none), for the audit log. */
	Detail describe(UserAccount account) {
		Object county = account.getCountyId() == null ? Detail.label("audit.detail.noCounty")
				: counties.find(account.getCountyId())
					.map(c -> (Object) Detail.localized(c.nameZh(), c.nameEn()))
					.orElse(account.getCountyId());
		return Detail.of("audit.detail.account", account.getDisplayName(), Detail.label("role." + account.getRole()),
				county);
	}

}
