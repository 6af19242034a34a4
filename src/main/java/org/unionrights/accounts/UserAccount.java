package org.unionrights.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.unionrights.security.Role;

/**
 * A staff member's account. It guards its own rules: a county officer belongs to one county,
 * city roles to none; repeated failed logins lock it for a while, never for good.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "county_id")
	private Long countyId;

	private boolean enabled = true;

	// Login bookkeeping is not an edit: it must not make an administrator's open form stale.
	@OptimisticLock(excluded = true)
	@Column(name = "failed_logins")
	private int failedLogins;

	@OptimisticLock(excluded = true)
	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Role role, Long countyId, Instant now) {
		this.username = normalize(username);
		this.passwordHash = passwordHash;
		this.createdAt = now;
		rename(displayName, now);
		assign(role, countyId, now);
	}

	static String normalize(String username) {
		return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	/** Gives the account a role, and a county where the role has one. */
	void assign(Role role, Long countyId, Instant now) {
		if (role == null) {
			throw new IllegalArgumentException("role is required");
		}
		if (role.requiresCounty() && countyId == null) {
			throw new IllegalArgumentException(role + " needs a county");
		}
		this.role = role;
		this.countyId = role.allowsCounty() ? countyId : null;
		this.updatedAt = now;
	}

	void rename(String displayName, Instant now) {
		this.displayName = displayName.trim();
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		unlock();
		this.updatedAt = now;
	}

	void disable(Instant now) {
		this.enabled = false;
		this.updatedAt = now;
	}

	void enable(Instant now) {
		this.enabled = true;
		unlock();
		this.updatedAt = now;
	}

	/**
	 * Counts a wrong password. It locks nothing: a stranger's wrong passwords must not keep the
	 * holder out (the login throttle asks a sum instead); a lock from before stays until it runs out.
	 * @return the wrong passwords since the last right one
	 */
	int recordFailedLogin() {
		failedLogins++;
		return failedLogins;
	}

	void recordSuccessfulLogin() {
		unlock();
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	private void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	Long getCountyId() {
		return countyId;
	}

	boolean isEnabled() {
		return enabled;
	}

	int getFailedLogins() {
		return failedLogins;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	long getVersion() {
		return version;
	}

}
