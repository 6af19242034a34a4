package org.unionrights.reports;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.counties.CountyRef;
import org.unionrights.security.PortalUser;

/**
 * The counties whose reports, risks and figures a user may see: every active county for city
 * staff, their own for a county officer, none for anyone else (a lawyer, an administrator).
 */
@Component
class ReportScope {

	private final CountyDirectory counties;

	ReportScope(CountyDirectory counties) {
		this.counties = counties;
	}

	List<Long> counties(PortalUser user) {
		return user.scope().fold(() -> counties.active().stream().map(CountyRef::id).toList(), List::of,
				lawyer -> List.<Long>of(), List::<Long>of);
	}

	boolean allows(PortalUser user, long countyId) {
		return user.scope().fold(() -> counties.isActive(countyId), county -> county == countyId,
				lawyer -> false, () -> false);
	}

}
