package org.unionrights.reports.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import org.unionrights.common.StaleEditException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.FormErrors;
import org.unionrights.common.web.PageLimits;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.reports.ReportInputException;
import org.unionrights.reports.ReportService;
import org.unionrights.reports.ReportStatus;
import org.unionrights.reports.ReportView;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * The monthly reports: the list with what is due, opening a county's month, the report's page
 * (its figures edited while a draft or returned, the city's decision, a correction), the records
 * behind a count and the print view. Approval and return are the city's (the service's gate).
 */
@Controller
@StaffOnly
@RequestMapping("/reports")
class ReportController {

	static final String VIEW_LIST = "reports/list";

	static final String VIEW_REPORT = "reports/report";

	private final ReportService reports;

	private final CountyDirectory counties;

	private final Clock clock;

	ReportController(ReportService reports, CountyDirectory counties, Clock clock) {
		this.reports = reports;
		this.counties = counties;
		this.clock = clock;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "reports");
		model.addAttribute("countyNames", counties.byId());
	}

	@GetMapping
	String list(@RequestParam(required = false) ReportStatus status, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		OpenForm form = new OpenForm();
		form.setMonth(YearMonth.now(clock).minusMonths(1).toString());
		model.addAttribute("openForm", form);
		return listPage(status, page, user, model);
	}

	private String listPage(ReportStatus status, int page, PortalUser user, Model model) {
		model.addAttribute("page", reports.list(user, status, PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", Arrays.asList(ReportStatus.values()));
		model.addAttribute("due", reports.due(user));
		model.addAttribute("months", Months.recent(YearMonth.now(clock), 13));
		model.addAttribute("counties", counties.active());
		model.addAttribute("cityWide", user.scope().isWholeCity());
		model.addAttribute("pageUrl", status == null ? "/reports" : "/reports?status=" + status);
		return VIEW_LIST;
	}

	@PostMapping
	String open(@ModelAttribute("openForm") OpenForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response) {
		long county = user.scope().onlyCounty().orElse(form.getCountyId() == null ? -1 : form.getCountyId());
		YearMonth month = Months.parse(form.getMonth()).orElse(null);
		if (month == null) {
			result.rejectValue("month", "report.month");
		}
		else {
			try {
				return "redirect:/reports/" + reports.open(user, county, month);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
				reports.find(user, county, month).ifPresent(id -> model.addAttribute("existing", id));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return listPage(null, 0, user, model);
	}

	@GetMapping("/{id:[0-9]+}")
	String show(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		ReportView report = reports.view(user, id);
		model.addAttribute("form", formOf(report));
		return page(report, user, model);
	}

	@PostMapping("/{id:[0-9]+}")
	String save(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(name = "submit", required = false) String submitted, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<Long, org.unionrights.reports.ReportInput> inputs = form.inputs(result);
		if (!result.hasErrors()) {
			boolean submit = submitted != null;
			try {
				reports.save(user, id, form.getVersion(), inputs, submit);
				Flash.success(redirect, submit ? "report.submitted" : "report.saved");
				return "redirect:/reports/" + id;
			}
			catch (ReportInputException ex) {
				ex.errors().forEach(result::rejectValue);
			}
			catch (StaleEditException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", true);
				form.setVersion(ex.getCurrentVersion());
			}
			catch (org.springframework.dao.ConcurrencyFailureException ex) {
				// Saved by someone else at the very same moment: the figures typed stay, on the page as it is now.
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", true);
				form.setVersion(reports.view(user, id).header().version());
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		ReportView report = reports.view(user, id);
		// The counts as they are now, so that a changed one is seen before submitting again.
		report.lines().forEach(line -> {
			if (line.count() != null) {
				form.getShown().put(String.valueOf(line.indicator().id()), line.count().toPlainString());
			}
		});
		return page(report, user, model);
	}

	@PostMapping("/{id:[0-9]+}/approve")
	String approve(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return decide(id, redirect, "report.approved", () -> reports.approve(user, id, version));
	}

	@PostMapping("/{id:[0-9]+}/return")
	String returnToCounty(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return decide(id, redirect, "report.returned", () -> reports.returnToCounty(user, id, version, comment));
	}

	@PostMapping("/{id:[0-9]+}/reopen")
	String reopen(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return decide(id, redirect, "report.reopened", () -> reports.reopen(user, id, version, reason));
	}

	private String decide(long id, RedirectAttributes redirect, String done, Runnable decision) {
		try {
			decision.run();
			Flash.success(redirect, done);
		}
		catch (StaleEditException | org.springframework.dao.ConcurrencyFailureException ex) {
			Flash.error(redirect, "form.conflict");
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode());
		}
		return "redirect:/reports/" + id;
	}

	@GetMapping("/{id:[0-9]+}/records/{indicatorId:[0-9]+}")
	String records(@PathVariable long id, @PathVariable long indicatorId, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		ReportView report = reports.view(user, id);
		model.addAttribute("report", report.header());
		model.addAttribute("line", report.lines().stream().filter(l -> l.indicator().id() == indicatorId).findFirst()
			.orElseThrow(() -> new org.unionrights.reports.ReportNotFoundException("indicator " + indicatorId)));
		model.addAttribute("page", reports.records(user, id, indicatorId,
				PageRequest.of(PageLimits.page(page), PageLimits.DEFAULT_SIZE)));
		model.addAttribute("pageUrl", "/reports/" + id + "/records/" + indicatorId);
		return "reports/records";
	}

	@GetMapping("/{id:[0-9]+}/print")
	String print(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("report", reports.view(user, id));
		reports.printed(user, id);
		return "reports/print";
	}

	private String page(ReportView report, PortalUser user, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("header", report.header());
		model.addAttribute("history", reports.history(user, report.header().id(), PageRequest.of(0, 20)));
		model.addAttribute("cityStaff", user.getRole() == org.unionrights.security.Role.CITY_STAFF);
		return VIEW_REPORT;
	}

	private static ReportForm formOf(ReportView report) {
		ReportForm form = new ReportForm();
		form.setVersion(report.header().version());
		for (ReportView.Line line : report.lines()) {
			String key = String.valueOf(line.indicator().id());
			if (line.value() != null) {
				form.getValue().put(key, line.value().stripTrailingZeros().toPlainString());
			}
			if (line.reason() != null) {
				form.getReason().put(key, line.reason());
			}
			if (line.count() != null) {
				form.getShown().put(key, line.count().toPlainString());
			}
		}
		return form;
	}

}
