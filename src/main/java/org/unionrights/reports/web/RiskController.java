package org.unionrights.reports.web;

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
import org.unionrights.reports.RiskData;
import org.unionrights.reports.RiskKind;
import org.unionrights.reports.RiskLevel;
import org.unionrights.reports.RiskService;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * Risk reports (随机报): the list (new ones first), the form, a risk's page where it is handled
 * step by step, linked to the request or case that came of it, and closed.
 */
@Controller
@StaffOnly
@RequestMapping("/risks")
class RiskController {

	private final RiskService risks;

	private final CountyDirectory counties;

	private final Clock clock;

	RiskController(RiskService risks, CountyDirectory counties, Clock clock) {
		this.risks = risks;
		this.counties = counties;
		this.clock = clock;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "risks");
		model.addAttribute("countyNames", counties.byId());
		model.addAttribute("counties", counties.active());
		model.addAttribute("kinds", Arrays.asList(RiskKind.values()));
		model.addAttribute("levels", Arrays.asList(RiskLevel.values()));
	}

	@GetMapping
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) RiskLevel level,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser user, Model model) {
		Boolean open = "open".equals(state) ? Boolean.TRUE : "closed".equals(state) ? Boolean.FALSE : null;
		model.addAttribute("page", risks.list(user, open, level, PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE)));
		model.addAttribute("state", open == null ? null : state);
		model.addAttribute("level", level);
		model.addAttribute("pageUrl", "/risks?state=" + (open == null ? "" : state) + "&level=" + (level == null ? "" : level));
		return "reports/risks";
	}

	@GetMapping("/new")
	String showNew(@AuthenticationPrincipal PortalUser user, Model model) {
		RiskForm form = new RiskForm();
		form.setLevel(RiskLevel.GENERAL);
		model.addAttribute("form", form);
		model.addAttribute("cityWide", user.scope().isWholeCity());
		return "reports/risk-form";
	}

	@PostMapping
	String file(@Valid @ModelAttribute("form") RiskForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = risks.file(user, new RiskData(form.getCountyId(), form.getKind(), form.getLevel(),
						form.getEnterpriseCode(), form.getEnterpriseName(), form.getWorkersAffected(), form.getDescription()));
				Flash.success(redirect, "risk.filed");
				return "redirect:/risks/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("cityWide", user.scope().isWholeCity());
		return "reports/risk-form";
	}

	@GetMapping("/{id:[0-9]+}")
	String show(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		risks.seen(user, id);
		model.addAttribute("risk", risks.view(user, id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("history", risks.history(user, id, PageRequest.of(0, 20)));
		return "reports/risk";
	}

	@PostMapping("/{id:[0-9]+}/steps")
	String step(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "risk.stepAdded", "typedStepNote", note, () -> risks.addStep(user, id, version, on, note));
	}

	@PostMapping("/{id:[0-9]+}/close")
	String close(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "risk.closedDone", "typedCloseNote", note, () -> risks.close(user, id, version, on, note));
	}

	@PostMapping("/{id:[0-9]+}/link")
	String link(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String requestNo, @RequestParam(required = false) String caseNo,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return act(id, redirect, "risk.linked", "typedLink", null, () -> risks.link(user, id, version, requestNo, caseNo));
	}

	/** Does it, or says why not (the rules are the service's); the note typed is offered again on a refusal. */
	private String act(long id, RedirectAttributes redirect, String done, String typed, String note, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, done);
		}
		catch (StaleEditException | org.springframework.dao.ConcurrencyFailureException ex) {
			Flash.error(redirect, "form.conflict");
			keep(redirect, typed, note);
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
			keep(redirect, typed, note);
		}
		return "redirect:/risks/" + id;
	}

	private static void keep(RedirectAttributes redirect, String name, String typed) {
		if (typed != null) {
			redirect.addFlashAttribute(name, typed);
		}
	}

}
