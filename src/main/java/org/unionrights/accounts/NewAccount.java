package org.unionrights.accounts;

import org.unionrights.security.Role;

/**
 * What it takes to open an account.
 */
public record NewAccount(String username, String displayName, Role role, Long countyId, String password) {
}
