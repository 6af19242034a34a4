package org.unionrights.reports.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.unionrights.reports.RiskService;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

/** The count of risk reports new to the city, beside "风险报告" in every page's navigation (city staff). */
@ControllerAdvice
class NavigationCounts {

	private final RiskService risks;

	NavigationCounts(RiskService risks) {
		this.risks = risks;
	}

	@ModelAttribute("newRisks")
	Long newRisks(@AuthenticationPrincipal PortalUser user) {
		return user != null && user.getRole() == Role.CITY_STAFF ? risks.unseen(user) : null;
	}

}
