package org.unionrights.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page.
 */
@Controller
class HomeController {

	static final String VIEW_HOME = "home/index";

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("activeMenu", "home");
		return VIEW_HOME;
	}

}
