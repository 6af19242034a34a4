package org.unionrights.reports.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionrights.common.web.TableExport;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.reports.Dashboard;
import org.unionrights.reports.IndicatorView;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * The dashboard of a month (last month unless chosen) and its workbook: a totals sheet and one
 * sheet per county, each indicator's month, year to date and month before, numbers as numbers.
 */
@Controller
@StaffOnly
class DashboardController {

	private final Dashboard dashboard;

	private final CountyDirectory counties;

	private final MessageSource messages;

	private final Clock clock;

	DashboardController(Dashboard dashboard, CountyDirectory counties, MessageSource messages, Clock clock) {
		this.dashboard = dashboard;
		this.counties = counties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/reports/dashboard")
	String show(@RequestParam(required = false) String month, @AuthenticationPrincipal PortalUser user, Model model) {
		YearMonth chosen = chosen(month);
		model.addAttribute("activeMenu", "dashboard");
		model.addAttribute("countyNames", counties.byId());
		model.addAttribute("view", dashboard.of(user, chosen));
		model.addAttribute("months", Months.recent(YearMonth.now(clock), 24));
		model.addAttribute("cityWide", user.scope().isWholeCity());
		return "reports/dashboard";
	}

	@GetMapping("/reports/dashboard/export.xlsx")
	void export(@RequestParam(required = false) String month, @AuthenticationPrincipal PortalUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		YearMonth chosen = chosen(month);
		Dashboard.View view = dashboard.of(user, chosen);
		List<String> headings = List.of(text("dashboard.indicator", locale), text("indicator.unit", locale),
				text("dashboard.month", locale, chosen.toString()), text("dashboard.yearToDate", locale),
				text("dashboard.previous", locale));
		List<TableExport.Sheet> sheets = new ArrayList<>();
		sheets.add(new TableExport.Sheet(text("dashboard.totals", locale), headings,
				rows(view, view.total(), view.yearToDate(), view.previous(), locale)));
		for (Dashboard.CountyMonth county : view.counties()) {
			sheets.add(new TableExport.Sheet(counties.find(county.countyId()).map(c -> c.name(locale)).orElse("?"), headings,
					rows(view, county.figures(), view.countyYearToDate().get(county.countyId()),
							previousOf(view, county.countyId()), locale)));
		}
		TableExport.prepare(response, TableExport.Format.XLSX, "monthly-figures-" + chosen, LocalDate.now(clock));
		TableExport.workbook(sheets, response.getOutputStream());
	}

	/** A county's month before, from the twelve months the dashboard read (only the totals are kept by month). */
	private static Map<Long, BigDecimal> previousOf(Dashboard.View view, long countyId) {
		return view.countyPrevious().getOrDefault(countyId, Map.of());
	}

	private List<List<?>> rows(Dashboard.View view, Map<Long, BigDecimal> month, Map<Long, BigDecimal> ytd,
			Map<Long, BigDecimal> previous, Locale locale) {
		List<List<?>> rows = new ArrayList<>();
		for (IndicatorView indicator : view.indicators()) {
			List<Object> row = new ArrayList<>();
			row.add(indicator.name(locale));
			row.add(text("indicatorUnit." + indicator.unit(), locale));
			row.add(number(month.get(indicator.id()), indicator));
			row.add(number(ytd == null ? null : ytd.get(indicator.id()), indicator));
			row.add(number(previous.get(indicator.id()), indicator));
			rows.add(row);
		}
		return rows;
	}

	/** Yuan stay decimals (two places in the sheet); counts and people are whole numbers. */
	private static Object number(BigDecimal value, IndicatorView indicator) {
		if (value == null) {
			return null;
		}
		return indicator.unit() == org.unionrights.reports.IndicatorUnit.YUAN ? value : (Object) value.longValue();
	}

	private YearMonth chosen(String month) {
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		return Months.parse(month).filter(m -> !m.isAfter(YearMonth.now(clock))).orElse(last);
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
