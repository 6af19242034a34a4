/**
 * Legal service teams: the counties' legal-aid stations and rights service teams and the lawyer
 * service teams, with their lawyers (公职/公益/社会). Administrators keep them; cases are assigned
 * to a team and a lawyer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams",
		allowedDependencies = { "accounts", "audit", "common", "counties", "security" })
package org.unionrights.teams;
