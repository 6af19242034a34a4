package org.unionrights.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in staff member: besides name and password, the account id, role and county that
 * scope what they may see.
 */
public class PortalUser extends User {

	/** Kept in sessions in the database: a new portal version reads the sessions of the old one. */
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String displayName;

	private final Role role;

	private final Long countyId;

	public PortalUser(long accountId, String username, String passwordHash, String displayName, Role role,
			Long countyId, boolean enabled, boolean accountNonLocked) {
		super(username, passwordHash, enabled, true, true, accountNonLocked,
				List.of(new SimpleGrantedAuthority(role.authority())));
		this.accountId = accountId;
		this.displayName = displayName;
		this.role = role;
		this.countyId = countyId;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	/** The county of a county officer (or a lawyer's team), {@code null} for city roles. */
	public Long getCountyId() {
		return countyId;
	}

	/** What this user may see; every scoped list and lookup asks this. */
	public Scope scope() {
		return Scope.of(this);
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
