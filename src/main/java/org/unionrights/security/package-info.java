/**
 * Who may do what: the roles, the signed-in user, the filter chain (login, headers, CSRF,
 * sessions) and each role's start page. Accounts supply the users; this module only knows the
 * {@link org.unionrights.security.LoginAttempts} it reports logins to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = {})
package org.unionrights.security;
