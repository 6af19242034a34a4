/**
 * Who may do what: the roles, the signed-in user, the filter chain (login, headers, CSRF,
 * sessions) and each role's start page. Accounts supply the users; this module only knows the
 * {@link org.unionrights.security.LoginAttempts} it reports logins to; it uses common's attempt
 * counter and sum challenge for the login throttle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = "common")
package org.unionrights.security;
