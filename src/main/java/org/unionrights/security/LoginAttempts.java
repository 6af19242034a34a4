package org.unionrights.security;

/**
 * Where the login flow reports outcomes, for the account's count of wrong passwords (shown to
 * administrators, audited at the throttle's limit). Implemented by the accounts module.
 */
public interface LoginAttempts {

	/** Records a failed password for the user name. */
	void failed(String username);

	/** Records a successful login: the failure count starts over. */
	void succeeded(String username);

}
