package org.unionrights.deadlines.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.deadlines.DayKind;

/**
 * The two forms of the calendar page: a year's notice, and one day.
 */
final class CalendarForms {

	private CalendarForms() {
	}

	/** A year whose official notice is being entered. */
	public static class YearForm {

		@NotNull(message = "{validation.required}")
		@Min(value = 2000, message = "{calendar.year.range}")
		@Max(value = 2100, message = "{calendar.year.range}")
		private Integer year;

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.size.max}")
		private String notice;

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public String getNotice() {
			return notice;
		}

		public void setNotice(String notice) {
			this.notice = notice;
		}

	}

	/** A holiday or a make-up workday. */
	public static class DayForm {

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate day;

		@NotNull(message = "{validation.required}")
		private DayKind kind;

		@NotBlank(message = "{validation.required}")
		@Size(max = 50, message = "{validation.size.max}")
		private String name;

		/** The administrator confirmed replacing the day already entered. */
		private boolean replace;

		public boolean isReplace() {
			return replace;
		}

		public void setReplace(boolean replace) {
			this.replace = replace;
		}

		public LocalDate getDay() {
			return day;
		}

		public void setDay(LocalDate day) {
			this.day = day;
		}

		public DayKind getKind() {
			return kind;
		}

		public void setKind(DayKind kind) {
			this.kind = kind;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
