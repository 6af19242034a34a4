package org.unionrights.deadlines.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.unionrights.deadlines.DayKind;
import org.unionrights.deadlines.OfficialCalendar;
import org.unionrights.deadlines.web.CalendarForms.DayForm;
import org.unionrights.deadlines.web.CalendarForms.YearForm;

/**
 * The working-day calendar for administrators: enter a year's official notice, then its
 * holidays and make-up workdays; remove a day after confirming.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

	static final String VIEW_CALENDAR = "deadlines/calendar";

	static final String VIEW_REMOVE = "deadlines/remove-day";

	private final OfficialCalendar calendar;

	private final Clock clock;

	CalendarAdminController(OfficialCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "calendar");
		model.addAttribute("dayKinds", Arrays.asList(DayKind.values()));
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("yearForm", new YearForm());
		model.addAttribute("dayForm", new DayForm());
		return page(year, model);
	}

	@PostMapping("/years")
	String enterYear(@Valid @ModelAttribute("yearForm") YearForm yearForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				calendar.enterYear(yearForm.getYear(), yearForm.getNotice());
				Flash.success(redirect, "calendar.year.entered", Integer.toString(yearForm.getYear()));
				return "redirect:/admin/calendar?year=" + yearForm.getYear();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("dayForm", new DayForm());
		return page(null, model);
	}

	@PostMapping("/days")
	String setDay(@Valid @ModelAttribute("dayForm") DayForm dayForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				calendar.setDay(dayForm.getDay(), dayForm.getKind(), dayForm.getName(), dayForm.isReplace());
				Flash.success(redirect, "calendar.day.set", dayForm.getDay().toString());
				return "redirect:/admin/calendar?year=" + dayForm.getDay().getYear();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("yearForm", new YearForm());
		return page(dayForm.getDay() == null ? null : dayForm.getDay().getYear(), model);
	}

	@GetMapping("/days/{day}/remove")
	String confirmRemove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("day", day);
		return VIEW_REMOVE;
	}

	@PostMapping("/days/{day}/remove")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		calendar.removeDay(day);
		Flash.success(redirect, "calendar.day.removed", day.toString());
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	private String page(Integer year, Model model) {
		int shown = year != null ? Math.max(2000, Math.min(2100, year)) : LocalDate.now(clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("years", calendar.years());
		model.addAttribute("days", calendar.daysOf(shown));
		model.addAttribute("known", calendar.calendar().knowsYear(shown));
		return VIEW_CALENDAR;
	}

}
