/**
 * The registry of enterprises a county union keeps (企业台账): each known by its unified social
 * credit code, with its union, committees and new-employment-form industry; kept by county
 * officers for their county and by city staff for all; imported many at once from CSV or XLSX;
 * each with a page that shows its help requests and cases. The monthly report counts from its
 * figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises",
		allowedDependencies = { "audit", "cases", "common", "counties", "deadlines", "files", "intake", "security" })
package org.unionrights.enterprises;
