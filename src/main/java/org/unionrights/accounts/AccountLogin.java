package org.unionrights.accounts;

import java.time.Clock;

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
 * Accounts as Spring Security sees them, and the count of wrong passwords (the audit log hears
 * when an account reaches the throttle's limit; the throttle itself is the security module's).
 */
@Service
class AccountLogin implements UserDetailsService, LoginAttempts {

	private final UserAccounts accounts;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int maxFailures;

	AccountLogin(UserAccounts accounts, AuditLog auditLog, Clock clock,
			@Value("${portal.security.login.max-failures}") int maxFailures) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.clock = clock;
		this.maxFailures = maxFailures;
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
	public void failed(String username) {
		accounts.findForLoginUpdate(UserAccount.normalize(username)).ifPresent(account -> {
			int failures = account.recordFailedLogin();
			if (failures == maxFailures) {
				auditLog.record("LOGIN_CHALLENGED", AccountService.subject(account),
						Detail.of("audit.detail.failures", failures));
			}
		});
	}

	@Override
	@Transactional
	public void succeeded(String username) {
		accounts.findForLoginUpdate(UserAccount.normalize(username)).ifPresent(UserAccount::recordSuccessfulLogin);
	}

}
