package org.unionrights.enterprises.web;

import java.time.Clock;
import java.time.Year;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.enterprises.RegistryFigures;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * The registries' figures per county and for the city (a county officer's own county), and the
 * year's offer campaign.
 */
@Controller
@StaffOnly
class FiguresController {

	private final RegistryFigures figures;

	private final CountyDirectory counties;

	private final Clock clock;

	FiguresController(RegistryFigures figures, CountyDirectory counties, Clock clock) {
		this.figures = figures;
		this.counties = counties;
		this.clock = clock;
	}

	@GetMapping("/enterprises/figures")
	String figures(@RequestParam(required = false) Integer year, @AuthenticationPrincipal PortalUser user, Model model) {
		int thisYear = Year.now(clock).getValue();
		int chosen = year == null || year < 2000 || year > thisYear ? thisYear : year;
		model.addAttribute("activeMenu", "enterprises");
		model.addAttribute("figures", figures.figures(user));
		model.addAttribute("campaign", figures.campaign(user, chosen));
		model.addAttribute("countyNames", counties.byId());
		model.addAttribute("cityWide", user.scope().isWholeCity());
		model.addAttribute("kinds", java.util.Arrays.asList(org.unionrights.enterprises.ContractKind.values()));
		return "enterprises/figures";
	}

}
