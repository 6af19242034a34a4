package org.unionrights.reports;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monthly report's deadline: the day of the next month by which a county submits
 * ({@code portal.reports.deadline-day}, the 5th unless set; 1 to 28).
 */
@ConfigurationProperties("portal.reports")
record ReportSettings(@DefaultValue("5") int deadlineDay) {

	ReportSettings {
		if (deadlineDay < 1 || deadlineDay > 28) {
			throw new IllegalArgumentException("portal.reports.deadline-day must be 1 to 28, not " + deadlineDay);
		}
	}

	LocalDate dueOn(YearMonth month) {
		return month.plusMonths(1).atDay(deadlineDay);
	}

}
