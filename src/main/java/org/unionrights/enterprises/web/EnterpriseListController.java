package org.unionrights.enterprises.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.common.web.Htmx;
import org.unionrights.common.web.PageLimits;
import org.unionrights.common.web.TableExport;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.enterprises.EnterpriseService;
import org.unionrights.enterprises.EnterpriseSize;
import org.unionrights.enterprises.EnterpriseView;
import org.unionrights.enterprises.Industry;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * The registry of enterprises (staff, within their scope): searched and filtered, exported, and an
 * enterprise registered by hand.
 */
@Controller
@StaffOnly
@RequestMapping("/enterprises")
class EnterpriseListController {

	static final String VIEW_LIST = "enterprises/list";

	static final String VIEW_FORM = "enterprises/form";

	private final EnterpriseService enterprises;

	private final CountyDirectory counties;

	private final EnterpriseTable table;

	private final Clock clock;

	EnterpriseListController(EnterpriseService enterprises, CountyDirectory counties, EnterpriseTable table,
			Clock clock) {
		this.enterprises = enterprises;
		this.counties = counties;
		this.table = table;
		this.clock = clock;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "enterprises");
		model.addAttribute("industries", Arrays.asList(Industry.values()));
		model.addAttribute("sizes", Arrays.asList(EnterpriseSize.values()));
		model.addAttribute("counties", counties.active());
	}

	@GetMapping
	String list(@ModelAttribute("filter") EnterpriseFilterForm filter, BindingResult ignoredBadValues,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("page",
				enterprises.list(user, filter.toFilter(), PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE)));
		model.addAttribute("pageUrl", filter.query("/enterprises"));
		model.addAttribute("csvUrl", filter.query("/enterprises/export.csv"));
		model.addAttribute("xlsxUrl", filter.query("/enterprises/export.xlsx"));
		model.addAttribute("cityWide", user.scope().isWholeCity());
		model.addAttribute("countyNames", counties.byId());
		return Htmx.wantsPart(request, response) ? VIEW_LIST + " :: results" : VIEW_LIST;
	}

	@GetMapping("/export.{format}")
	String export(@PathVariable String format, @ModelAttribute("filter") EnterpriseFilterForm filter,
			BindingResult ignoredBadValues, @AuthenticationPrincipal PortalUser user, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		TableExport.Format chosen = EnterpriseTable.format(format);
		List<EnterpriseView> found;
		try {
			found = enterprises.export(user, filter.toFilter());
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode(), EnterpriseService.EXPORT_LIMIT);
			return "redirect:" + filter.query("/enterprises");
		}
		TableExport.prepare(response, chosen, "enterprises", LocalDate.now(clock));
		table.write(chosen, found, locale, response.getOutputStream());
		return null;
	}

	@GetMapping("/new")
	String showNew(@AuthenticationPrincipal PortalUser user, Model model) {
		EnterpriseForm form = new EnterpriseForm();
		user.scope().onlyCounty().ifPresent(form::setCountyId);
		model.addAttribute("form", form);
		return VIEW_FORM;
	}

	@PostMapping
	String register(@Valid @ModelAttribute("form") EnterpriseForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				EnterpriseView registered = enterprises.register(user, form.data());
				Flash.success(redirect, "enterprise.registered", registered.name());
				return "redirect:/enterprises/" + registered.id();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return VIEW_FORM;
	}

	/** The enterprise of an employer of the ledger or a case, when it is registered; else the registry. */
	@GetMapping("/employer")
	String employer(@RequestParam String key, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return enterprises.forEmployer(user, key).map(found -> "redirect:/enterprises/" + found.id()).orElseGet(() -> {
			Flash.error(redirect, "enterprise.notRegistered");
			return "redirect:/enterprises";
		});
	}

}
