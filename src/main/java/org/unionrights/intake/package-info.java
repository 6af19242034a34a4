/**
 * Help requests: workers ask the union for help without an account (the public form, the receipt
 * with tracking number and query code, "check my request"), and staff register requests from the
 * 12351 hotline, walk-ins and referrals. Evidence files, the public timeline and the worker's
 * rating live here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "audit", "common", "counties", "deadlines", "files", "security" })
package org.unionrights.intake;
