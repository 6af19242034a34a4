package org.unionrights.deadlines;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A day that differs from the week: a holiday, or a weekend day worked (调休).
 */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

	@Id
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	@Column(insertable = false, updatable = false)
	private Integer year;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, DayKind kind, String name) {
		this.day = day;
		this.kind = kind;
		this.name = name.strip();
	}

	LocalDate getDay() {
		return day;
	}

	DayKind getKind() {
		return kind;
	}

	String getName() {
		return name;
	}

}
