package org.unionrights.accounts;

import java.time.Instant;

import org.unionrights.security.Role;

/**
 * An account as pages show it; never the password hash.
 */
public record AccountView(long id, String username, String displayName, Role role, Long countyId, boolean enabled,
		boolean locked, Instant lockedUntil, Instant createdAt, long version) {

	static AccountView of(UserAccount account, Instant now) {
		return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getCountyId(), account.isEnabled(), account.isLockedAt(now), account.getLockedUntil(),
				account.getCreatedAt(), account.getVersion());
	}

}
