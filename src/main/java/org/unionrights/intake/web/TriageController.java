package org.unionrights.intake.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.Htmx;
import org.unionrights.common.web.PageLimits;
import org.unionrights.common.web.TableExport;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.intake.Channel;
import org.unionrights.intake.ExportRow;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.RequestStatus;
import org.unionrights.intake.TriageQueue;
import org.unionrights.security.PortalUser;

/**
 * The triage queue for city staff (every county) and county officers (their own): open requests
 * most urgent first, filters, search, counts per status. Filters travel in the address, so a
 * filtered page can be bookmarked and paged without losing them; where JavaScript runs, the
 * results follow the filters as they change (htmx asks for the results alone).
 */
@Controller
@RequestMapping("/triage")
class TriageController {

	static final String VIEW_QUEUE = "intake/queue";

	static final String VIEW_RESULTS = "intake/queue :: results";

	private final TriageQueue queue;

	private final CountyDirectory counties;

	private final QueueExport export;

	private final Clock clock;

	TriageController(TriageQueue queue, CountyDirectory counties, QueueExport export, Clock clock) {
		this.queue = queue;
		this.counties = counties;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/export.csv")
	String exportCsv(@ModelAttribute("filter") TriageFilterForm filter, BindingResult ignoredBadValues,
			@AuthenticationPrincipal PortalUser user, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		return exportTo(filter, user, redirect, rows -> {
			TableExport.prepare(response, TableExport.Format.CSV, "triage", LocalDate.now(clock));
			export.write(TableExport.Format.CSV, rows, counties.byId(), locale, response.getOutputStream());
		});
	}

	@GetMapping("/export.xlsx")
	String exportXlsx(@ModelAttribute("filter") TriageFilterForm filter, BindingResult ignoredBadValues,
			@AuthenticationPrincipal PortalUser user, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		return exportTo(filter, user, redirect, rows -> {
			TableExport.prepare(response, TableExport.Format.XLSX, "triage", LocalDate.now(clock));
			export.write(TableExport.Format.XLSX, rows, counties.byId(), locale, response.getOutputStream());
		});
	}

	/** Writes the export, or goes back to the queue saying why there is none. */
	private String exportTo(TriageFilterForm filter, PortalUser user, RedirectAttributes redirect, Writer writer)
			throws IOException {
		List<ExportRow> rows;
		try {
			rows = queue.export(user, filter.toFilter());
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode(), TriageQueue.EXPORT_LIMIT);
			return "redirect:" + filter.query("/triage");
		}
		writer.write(rows);
		return null;
	}

	private interface Writer {

		void write(List<ExportRow> rows) throws IOException;

	}

	@GetMapping
	String queue(@ModelAttribute("filter") TriageFilterForm filter, BindingResult ignoredBadValues,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("page", queue.find(user, filter.toFilter(), PageLimits.page(page)));
		model.addAttribute("counts", queue.counts(user));
		model.addAttribute("chosenStatus", filter.toFilter().status());
		model.addAttribute("pageUrl", filter.query("/triage"));
		model.addAttribute("csvUrl", filter.query("/triage/export.csv"));
		model.addAttribute("xlsxUrl", filter.query("/triage/export.xlsx"));
		model.addAttribute("statuses", Arrays.asList(RequestStatus.values()));
		model.addAttribute("categories", Arrays.asList(RequestCategory.values()));
		model.addAttribute("channels", Arrays.asList(Channel.values()));
		model.addAttribute("cityWide", user.scope().isWholeCity());
		model.addAttribute("counties", counties.active());
		model.addAttribute("countyNames", counties.byId());
		model.addAttribute("activeMenu", "triage");
		return Htmx.wantsPart(request, response) ? VIEW_RESULTS : VIEW_QUEUE;
	}

}
