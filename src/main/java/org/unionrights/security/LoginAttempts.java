package org.unionrights.security;

/**
 * Where the login flow reports outcomes, so that repeated failures lock an account for a while.
 * Implemented by the accounts module.
 */
public interface LoginAttempts {

	/**
	 * Records a failed password for the user name.
	 * @return whether the account is now locked
	 */
	boolean failed(String username);

	/** Records a successful login: the failure count starts over. */
	void succeeded(String username);

}
