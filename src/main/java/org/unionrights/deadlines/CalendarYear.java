package org.unionrights.deadlines;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A year whose official holiday notice has been entered.
 */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

	@Id
	private Integer year;

	private String notice;

	@Column(name = "entered_by")
	private String enteredBy;

	@Column(name = "entered_at")
	private Instant enteredAt;

	protected CalendarYear() {
	}

	CalendarYear(int year, String notice, String enteredBy, Instant enteredAt) {
		this.year = year;
		this.notice = notice.strip();
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	int getYear() {
		return year;
	}

	String getNotice() {
		return notice;
	}

}
