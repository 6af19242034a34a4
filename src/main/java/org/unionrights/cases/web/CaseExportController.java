package org.unionrights.cases.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionrights.cases.CaseNotFoundException;
import org.unionrights.cases.CaseService;
import org.unionrights.cases.CaseView;
import org.unionrights.cases.LedgerQueries;
import org.unionrights.cases.WageLedger;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.web.DisplayTime;
import org.unionrights.common.web.Flash;
import org.unionrights.common.web.TableExport;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.counties.CountyRef;
import org.unionrights.security.PortalUser;

/**
 * The case list (as filtered) and the wage ledger by county, as CSV or XLSX in the user's
 * language, counts and amounts as numbers; each within what the user may see.
 */
@Controller
class CaseExportController {

	private static final String[] CASE_HEADINGS = { "case.no", "receipt.trackingNo", "status.county", "case.team",
			"case.lawyer", "case.opened", "status.status", "status.category", "status.employer", "ledger.workers",
			"ledger.migrants", "ledger.claimed", "ledger.agreed" };

	private static final String[] LEDGER_HEADINGS = { "status.county", "ledger.cases", "ledger.openCases",
			"ledger.workers", "ledger.migrants", "ledger.claimed", "ledger.agreed", "ledger.recovered", "ledger.advanced" };

	private final CaseService cases;

	private final WageLedger ledger;

	private final CountyDirectory counties;

	private final MessageSource messages;

	private final DisplayTime times;

	private final Clock clock;

	CaseExportController(CaseService cases, WageLedger ledger, CountyDirectory counties, MessageSource messages,
			DisplayTime times, Clock clock) {
		this.cases = cases;
		this.ledger = ledger;
		this.counties = counties;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/cases/export.{format}")
	String cases(@PathVariable String format, @ModelAttribute("filter") CaseFilterForm filter,
			BindingResult ignoredBadValues, @AuthenticationPrincipal PortalUser user, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		TableExport.Format chosen = format(format);
		List<CaseView> found;
		try {
			found = cases.export(user, filter.toFilter());
		}
		catch (RuleViolationException ex) {
			Flash.error(redirect, ex.getCode(), CaseService.EXPORT_LIMIT);
			return "redirect:" + filter.query("/cases");
		}
		Map<Long, CountyRef> names = counties.byId();
		List<List<?>> rows = new ArrayList<>();
		for (CaseView c : found) {
			rows.add(Arrays.asList(c.caseNo(), c.trackingNo(), county(names, c.countyId(), locale), c.teamName(),
					c.lawyerName(), times.format(c.openedAt()),
					c.open() ? text("case.status.open", locale) : text("outcome." + c.outcome(), locale),
					text("category." + c.category(), locale), c.employerName(), c.workersHelped(), c.migrantWorkers(),
					c.amountClaimed(), c.amountAgreed()));
		}
		TableExport.prepare(response, chosen, "cases", LocalDate.now(clock));
		TableExport.write(chosen, text("cases.title", locale), headings(CASE_HEADINGS, locale), rows,
				response.getOutputStream());
		return null;
	}

	@GetMapping("/ledger/export.{format}")
	void ledger(@PathVariable String format, @AuthenticationPrincipal PortalUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		TableExport.Format chosen = format(format);
		WageLedger.Totals totals = ledger.exportTotals(user);
		Map<Long, CountyRef> names = counties.byId();
		List<List<?>> rows = new ArrayList<>();
		for (LedgerQueries.CountyRow row : totals.counties()) {
			rows.add(ledgerRow(county(names, row.countyId(), locale), row));
		}
		rows.add(ledgerRow(text("ledger.total", locale), totals.total()));
		TableExport.prepare(response, chosen, "ledger", LocalDate.now(clock));
		TableExport.write(chosen, text("ledger.title", locale), headings(LEDGER_HEADINGS, locale), rows,
				response.getOutputStream());
	}

	private static List<?> ledgerRow(String name, LedgerQueries.CountyRow row) {
		return Arrays.<Object>asList(name, row.cases(), row.openCases(), row.workersHelped(), row.migrantWorkers(),
				row.claimed(), row.agreed(), row.recovered(), row.advanced());
	}

	private static TableExport.Format format(String extension) {
		return TableExport.Format.of(extension).orElseThrow(() -> new CaseNotFoundException("export." + extension));
	}

	private static String county(Map<Long, CountyRef> names, long countyId, Locale locale) {
		CountyRef county = names.get(countyId);
		return county == null ? "" : county.name(locale);
	}

	private List<String> headings(String[] keys, Locale locale) {
		return Arrays.stream(keys).map(key -> text(key, locale)).toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
