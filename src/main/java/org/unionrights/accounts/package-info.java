/**
 * Staff accounts: the users behind login, their role and county, lockout after repeated failed
 * logins, the first administrator, the demo accounts, and the administrators' account pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "audit", "common", "counties", "security" })
package org.unionrights.accounts;
