/**
 * Legal deadlines: the official working-day calendar (holidays and 调休 make-up workdays, kept by
 * administrators) and the legal clocks computed from a case's dated events — arbitration
 * limitation, mediation, arbitration acceptance and award, suits after an award, work-injury
 * recognition, labour-ability appraisal and labour inspection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines",
		allowedDependencies = { "audit", "common" })
package org.unionrights.deadlines;
