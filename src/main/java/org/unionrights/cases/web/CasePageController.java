package org.unionrights.cases.web;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionrights.cases.CaseService;
import org.unionrights.common.web.PageLimits;
import org.unionrights.security.KeptForm;
import org.unionrights.security.PortalUser;

/**
 * A case's page (its sections' forms have controllers of their own), its whole history, and the
 * worker's full number shown on it (audited).
 */
@Controller
@RequestMapping("/cases/{caseNo}")
class CasePageController {

	static final String VIEW_HISTORY = "cases/history";

	private final CaseService cases;

	private final CasePage page;

	CasePageController(CaseService cases, CasePage page) {
		this.cases = cases;
		this.page = page;
	}

	@GetMapping
	String show(@PathVariable String caseNo, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			jakarta.servlet.http.HttpServletRequest request) {
		KeptForm.take(request, "/cases/" + caseNo).ifPresent(kept -> CaseForms.restore(kept, model));
		model.addAttribute("unreadSince", cases.readWorkerMessages(user, caseNo));
		return page.render(user, caseNo, model, locale);
	}

	/** The case for the arbitration file: print view, no navigation, no forms. */
	@GetMapping("/print")
	String print(@PathVariable String caseNo, @AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("printedAt", cases.printed(user, caseNo));
		return page.renderPrint(user, caseNo, model, locale);
	}

	@GetMapping("/history")
	String history(@PathVariable String caseNo, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("activeMenu", "cases");
		model.addAttribute("legalCase", cases.view(user, caseNo));
		model.addAttribute("page", cases.history(user, caseNo, PageRequest.of(PageLimits.page(page), 50)));
		return VIEW_HISTORY;
	}

	/** The worker's full mobile and ID number, for whoever handles the case; audited. */
	@PostMapping("/reveal")
	String reveal(@PathVariable String caseNo, @AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("contact", cases.revealContact(user, caseNo));
		return page.render(user, caseNo, model, locale);
	}

}
