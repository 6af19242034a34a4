package org.unionrights.reports.web;

import java.util.Arrays;

import jakarta.validation.Valid;

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
import org.unionrights.reports.IndicatorService;
import org.unionrights.reports.IndicatorUnit;

/**
 * The indicator catalogue (administrator): the list with their sources, a new indicator (entered
 * by hand, or computed from a source the modules count), renaming, retiring and reinstating.
 */
@Controller
@RequestMapping("/admin/indicators")
class IndicatorController {

	private final IndicatorService indicators;

	IndicatorController(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "indicators");
		model.addAttribute("units", Arrays.asList(IndicatorUnit.values()));
		model.addAttribute("sources", indicators.sources());
	}

	@GetMapping
	String list(Model model) {
		IndicatorForm form = new IndicatorForm();
		form.setUnit(IndicatorUnit.COUNT);
		form.setPosition((indicators.all().size() + 1) * 10);
		model.addAttribute("form", form);
		model.addAttribute("indicators", indicators.all());
		return "reports/indicators";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				indicators.add(form.getCode(), form.getNameZh(), form.getNameEn(), form.getUnit(),
						form.getSource() == null || form.getSource().isBlank() ? null : form.getSource(), form.getPosition());
				Flash.success(redirect, "indicator.added", form.getCode().strip().toUpperCase(java.util.Locale.ROOT));
				return "redirect:/admin/indicators";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("indicators", indicators.all());
		return "reports/indicators";
	}

	@PostMapping("/{id:[0-9]+}")
	String rename(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String nameZh, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) Integer position, RedirectAttributes redirect) {
		if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank() || nameZh.length() > 100
				|| nameEn.length() > 100 || position == null || position < 0 || position > 100000) {
			Flash.error(redirect, "indicator.rename.invalid");
			return "redirect:/admin/indicators";
		}
		return act(redirect, "indicator.renamed", () -> indicators.rename(id, version, nameZh, nameEn, position));
	}

	@PostMapping("/{id:[0-9]+}/retire")
	String retire(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return act(redirect, "indicator.retired", () -> indicators.retire(id, version));
	}

	@PostMapping("/{id:[0-9]+}/reinstate")
	String reinstate(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		return act(redirect, "indicator.reinstated", () -> indicators.reinstate(id, version));
	}

	private static String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, done);
		}
		catch (StaleEditException ex) {
			Flash.error(redirect, "form.conflict");
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return "redirect:/admin/indicators";
	}

}
