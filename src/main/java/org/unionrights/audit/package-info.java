/**
 * The audit log: an append-only record of who did what, written by every module through
 * {@link org.unionrights.audit.AuditLog} and read by administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = "common")
package org.unionrights.audit;
