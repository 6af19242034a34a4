/**
 * The staff start pages, one per role, where each user lands after login: their scope (city,
 * county or own cases) and the work waiting for them. Feature modules add their panels here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace",
		allowedDependencies = { "cases", "counties", "deadlines", "intake", "reports", "security" })
package org.unionrights.workspace;
