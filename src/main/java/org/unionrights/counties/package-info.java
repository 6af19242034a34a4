/**
 * The counties (district and county unions, and the high-tech zone) that scope the portal's data.
 * Reference data loaded by Flyway; other modules refer to a county by its id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Counties",
		allowedDependencies = {})
package org.unionrights.counties;
