package org.unionrights.accounts;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.security.LoginAttempts;
import org.unionrights.security.PortalUser;

/**
 * Accounts as Spring Security sees them, and the lockout bookkeeping of logins.
 */
@Service
class AccountLogin implements UserDetailsService, LoginAttempts {

	private final UserAccounts accounts;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	AccountLogin(UserAccounts accounts, AuditLog auditLog, Clock clock,
			@Value("${portal.security.login.max-failures}") int maxFailures,
			@Value("${portal.security.login.lock-duration}") Duration lockDuration) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(UserAccount.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new PortalUser(account.getId(), account.getUsername(), account.getPasswordHash(),
				account.getDisplayName(), account.getRole(), account.getCountyId(), account.isEnabled(),
				!account.isLockedAt(clock.instant()));
	}

	@Override
	@Transactional
	public boolean failed(String username) {
		return accounts.findForLoginUpdate(UserAccount.normalize(username)).map(account -> {
			boolean wasLocked = account.isLockedAt(clock.instant());
			boolean locked = account.recordFailedLogin(maxFailures, lockDuration, clock.instant());
			if (locked && !wasLocked) {
				auditLog.record("ACCOUNT_LOCKED", AccountService.subject(account),
						Detail.of("audit.detail.until",
								account.getLockedUntil().atZone(clock.getZone()).toLocalDateTime().withNano(0)));
			}
			return locked;
		}).orElse(false);
	}

	@Override
	@Transactional
	public void succeeded(String username) {
		accounts.findForLoginUpdate(UserAccount.normalize(username)).ifPresent(UserAccount::recordSuccessfulLogin);
	}

}
