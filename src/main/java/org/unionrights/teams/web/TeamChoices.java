package org.unionrights.teams.web;

import java.util.Arrays;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.teams.LawyerKind;
import org.unionrights.teams.TeamKind;

/**
 * What every team page offers to choose (kinds of team and lawyer, counties), for the controllers
 * of this package only.
 */
@ControllerAdvice(basePackageClasses = TeamChoices.class)
class TeamChoices {

	private final CountyDirectory counties;

	TeamChoices(CountyDirectory counties) {
		this.counties = counties;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("activeMenu", "teams");
		model.addAttribute("teamKinds", Arrays.asList(TeamKind.values()));
		model.addAttribute("lawyerKinds", Arrays.asList(LawyerKind.values()));
		model.addAttribute("counties", counties.active());
		model.addAttribute("countyNames", counties.byId());
	}

}
