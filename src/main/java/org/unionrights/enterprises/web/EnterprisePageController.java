package org.unionrights.enterprises.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseService;
import org.unionrights.cases.WageLedger;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.enterprises.ContractService;
import org.unionrights.enterprises.EnterpriseService;
import org.unionrights.enterprises.GroupService;
import org.unionrights.enterprises.EnterpriseSize;
import org.unionrights.enterprises.EnterpriseView;
import org.unionrights.enterprises.Industry;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * An enterprise's page: its details, union and committees, its help requests and cases and its
 * wage-arrears record (read through intake's and cases' public services), its history; editing
 * it; recognising an employer typed without the code as it.
 */
@Controller
@StaffOnly
@RequestMapping("/enterprises")
class EnterprisePageController {

	static final String VIEW_PAGE = "enterprises/enterprise";

	/** How many requests and cases the page lists. */
	static final int LISTED = 20;

	private final EnterpriseService enterprises;

	private final StaffRequests requests;

	private final CaseService cases;

	private final WageLedger ledger;

	private final CountyDirectory counties;

	private final ContractService contracts;

	private final GroupService groups;

	EnterprisePageController(EnterpriseService enterprises, StaffRequests requests, CaseService cases,
			WageLedger ledger, CountyDirectory counties, ContractService contracts, GroupService groups) {
		this.contracts = contracts;
		this.groups = groups;
		this.enterprises = enterprises;
		this.requests = requests;
		this.cases = cases;
		this.ledger = ledger;
		this.counties = counties;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "enterprises");
		model.addAttribute("industries", Arrays.asList(Industry.values()));
		model.addAttribute("sizes", Arrays.asList(EnterpriseSize.values()));
		model.addAttribute("counties", counties.active());
	}

	@GetMapping("/{id:[0-9]+}")
	String show(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		EnterpriseView enterprise = enterprises.find(user, id);
		List<String> keys = enterprises.employerKeys(user, id);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("countyNames", counties.byId());
		model.addAttribute("requests", requests.ofEmployers(user, keys, LISTED));
		model.addAttribute("cases", cases.ofEmployers(user, keys, LISTED));
		model.addAttribute("arrears", ledger.arrearsOf(user, keys));
		model.addAttribute("linked", keys.subList(1, keys.size()));
		model.addAttribute("contracts", contracts.covering(user, id));
		model.addAttribute("groups", groups.of(user, id));
		model.addAttribute("history", enterprises.history(user, id, PageRequest.of(0, 15)));
		return VIEW_PAGE;
	}

	@GetMapping("/{id:[0-9]+}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", EnterpriseForm.of(enterprises.find(user, id)));
		model.addAttribute("enterpriseId", id);
		return EnterpriseListController.VIEW_FORM;
	}

	@PostMapping("/{id:[0-9]+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EnterpriseForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		// Outside the user's scope it is not found, whatever was typed (checked before the form's errors).
		enterprises.find(user, id);
		model.addAttribute("enterpriseId", id);
		if (!result.hasErrors()) {
			try {
				enterprises.update(user, id, form.getVersion(), form.data());
				Flash.success(redirect, "enterprise.updated", form.getName());
				return "redirect:/enterprises/" + id;
			}
			catch (StaleEditException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", true);
				form.setVersion(ex.getCurrentVersion());
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return EnterpriseListController.VIEW_FORM;
	}

	@PostMapping("/{id:[0-9]+}/employers")
	String link(@PathVariable long id, @RequestParam(defaultValue = "") String employerName,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			enterprises.linkEmployer(user, id, employerName);
			Flash.success(redirect, "enterprise.linked", employerName.strip());
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return "redirect:/enterprises/" + id;
	}

}
