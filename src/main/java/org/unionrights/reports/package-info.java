/**
 * What the county unions report to the city and the city watches: the indicator catalogue the
 * administrator keeps, the monthly report (月必报) of each county, pre-filled with the figures the
 * other modules count ({@link org.unionrights.common.figures.MonthlyFigures}), submitted, returned,
 * approved and locked, with every version kept; risk reports (随机报) and their handling; the city
 * dashboard, its charts and its workbook.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "audit", "cases", "common", "counties", "enterprises", "intake", "security" })
package org.unionrights.reports;
