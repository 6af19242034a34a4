package org.unionrights.enterprises.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.common.web.PageLimits;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.enterprises.ContractCoverage;
import org.unionrights.enterprises.ContractData;
import org.unionrights.enterprises.ContractKind;
import org.unionrights.enterprises.ContractService;
import org.unionrights.enterprises.ContractStage;
import org.unionrights.enterprises.ContractView;
import org.unionrights.enterprises.EnterpriseService;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * Collective contracts: the list (with those due for renewal), the offer that starts one, its page
 * with the bargaining clocks and the next stage (its signed document: {@link ContractDocumentController}).
 */
@Controller
@StaffOnly
@RequestMapping("/contracts")
class ContractController {

	static final String VIEW_LIST = "enterprises/contracts";

	static final String VIEW_FORM = "enterprises/contract-form";

	static final String VIEW_CONTRACT = "enterprises/contract";

	private final ContractService contracts;

	private final EnterpriseService enterprises;

	private final CountyDirectory counties;

	private final Clock clock;

	ContractController(ContractService contracts, EnterpriseService enterprises, CountyDirectory counties, Clock clock) {
		this.contracts = contracts;
		this.enterprises = enterprises;
		this.counties = counties;
		this.clock = clock;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "enterprises");
		model.addAttribute("kinds", Arrays.asList(ContractKind.values()));
		model.addAttribute("coverages", Arrays.asList(ContractCoverage.values()));
		model.addAttribute("countyNames", counties.byId());
	}

	@GetMapping
	String list(@RequestParam(required = false) ContractStage stage, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("page", contracts.list(user, stage, PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE)));
		model.addAttribute("stage", stage);
		model.addAttribute("stages", Arrays.asList(ContractStage.values()));
		model.addAttribute("renewals", contracts.dueForRenewal(user));
		model.addAttribute("pageUrl", stage == null ? "/contracts" : "/contracts?stage=" + stage);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String showNew(Model model) {
		ContractForm form = new ContractForm();
		form.setTermYears(3);
		form.setOfferedOn(LocalDate.now(clock));
		model.addAttribute("form", form);
		return VIEW_FORM;
	}

	@PostMapping
	String offer(@Valid @ModelAttribute("form") ContractForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ContractView offered = contracts.offer(user, new ContractData(form.getTitle(), form.getKind(),
						form.getCoverage(), form.getTermYears(), form.getWorkersCovered(),
						enterprises.idsOf(user, form.codes(), "enterpriseCodes"), form.getOfferedOn()));
				Flash.success(redirect, "contract.offered", offered.title());
				return "redirect:/contracts/" + offered.id();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, "enterpriseIds".equals(ex.getField())
						? new RuleViolationException("enterpriseCodes", ex.getCode()) : ex);
			}
		}
		return VIEW_FORM;
	}

	@GetMapping("/{id:[0-9]+}")
	String show(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		ContractView contract = contracts.find(user, id);
		model.addAttribute("contract", contract);
		model.addAttribute("covered", contract.enterpriseIds().stream().map(e -> enterprises.find(user, e)).toList());
		model.addAttribute("document", contracts.document(user, id).orElse(null));
		model.addAttribute("history", contracts.history(user, id, PageRequest.of(0, 15)));
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW_CONTRACT;
	}

	@PostMapping("/{id:[0-9]+}/stage")
	String moveTo(@PathVariable long id, @RequestParam(required = false) ContractStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(defaultValue = "-1") long version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		try {
			contracts.moveTo(user, id, version, stage, on);
			Flash.success(redirect, "contract.moved");
		}
		catch (StaleEditException ex) {
			Flash.error(redirect, "form.conflict");
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return "redirect:/contracts/" + id;
	}

}
