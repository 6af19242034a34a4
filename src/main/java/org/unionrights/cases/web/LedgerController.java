package org.unionrights.cases.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionrights.cases.WageLedger;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.security.PortalUser;

/**
 * The wage ledger's totals for staff: by county, by month and by employer, repeated arrears
 * standing out. A county officer sees their county's.
 */
@Controller
class LedgerController {

	private final WageLedger ledger;

	private final CountyDirectory counties;

	LedgerController(WageLedger ledger, CountyDirectory counties) {
		this.ledger = ledger;
		this.counties = counties;
	}

	@GetMapping("/ledger")
	String totals(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("activeMenu", "ledger");
		model.addAttribute("totals", ledger.totals(user));
		model.addAttribute("countyNames", counties.byId());
		return "cases/ledger";
	}

}
