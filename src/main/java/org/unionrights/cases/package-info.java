/**
 * Cases: a request accepted for handling, assigned to a legal service team and a lawyer, closed
 * with an outcome. A lawyer sees only the cases assigned to them, a county officer their
 * county's, city staff all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "accounts", "audit", "common", "counties", "deadlines", "files", "intake", "security", "teams" })
package org.unionrights.cases;
