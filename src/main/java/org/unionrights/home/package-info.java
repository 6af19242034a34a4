/**
 * The public home page: what the union offers workers and how to get help.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home",
		allowedDependencies = {})
package org.unionrights.home;
