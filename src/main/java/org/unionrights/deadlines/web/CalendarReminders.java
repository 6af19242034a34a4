package org.unionrights.deadlines.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.unionrights.deadlines.OfficialCalendar;

/**
 * What the layout says when the official calendar runs short. Staff, on their start pages and the
 * triage queue: the service clock's days fall in a year whose notice is not entered, so they are
 * counted by weekends only. The administrator, on the admin pages from December: enter next year's.
 */
@ControllerAdvice
class CalendarReminders {

	private final OfficialCalendar calendar;

	/** The service clock's longest reach: a case chased, then escalated. */
	private final int lookAhead;

	CalendarReminders(OfficialCalendar calendar, @Value("${portal.cases.chase-after-working-days:10}") int chase,
			@Value("${portal.cases.escalate-after-working-days:5}") int escalate) {
		this.calendar = calendar;
		this.lookAhead = chase + escalate;
	}

	@ModelAttribute
	void remind(HttpServletRequest request, Model model) {
		if (!"GET".equals(request.getMethod())) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.isUserInRole("CITY_ADMIN") && path.startsWith("/admin/")) {
			calendar.nextYearToEnter().ifPresent(year -> model.addAttribute("calendarToEnter", year));
		}
		else if ((path.startsWith("/workspace/") || path.equals("/triage")) && !request.isUserInRole("CITY_ADMIN")) {
			calendar.unknownYearWithin(lookAhead).ifPresent(year -> model.addAttribute("calendarUnknown", year));
		}
	}

}
