package org.unionrights.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's own rules, without Spring: what may happen in which state, and when it is late. */
class MonthlyReportTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	private static final LocalDate DUE = LocalDate.of(2026, 11, 5);

	private static Instant beijing(String dateTime) {
		return java.time.LocalDateTime.parse(dateTime).atZone(BEIJING).toInstant();
	}

	private static MonthlyReport draft() {
		return new MonthlyReport(1, OCTOBER, DUE, "weibin", beijing("2026-11-01T09:00"));
	}

	@Test
	void aReportIsSubmittedOnlyAfterItsMonthAndThenLockedUntilReturned() {
		MonthlyReport report = draft();
		assertThatThrownBy(() -> report.submit("weibin", beijing("2026-10-31T23:00"), LocalDate.of(2026, 10, 31)))
			.isInstanceOf(RuleViolationException.class).hasMessageContaining("report.monthNotOver");
		report.submit("weibin", beijing("2026-11-03T10:00"), LocalDate.of(2026, 11, 3));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThatThrownBy(() -> report.fill(0, Map.of())).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("report.locked");
		report.returnWith(0, "请核对", "city", beijing("2026-11-04T10:00"));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
		report.fill(0, Map.of());
		report.submit("weibin", beijing("2026-11-04T15:00"), LocalDate.of(2026, 11, 4));
		report.approve(0, 2, "city", beijing("2026-11-05T10:00"));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.APPROVED);
		assertThat(report.getApprovedVersion()).isEqualTo(2);
		assertThatThrownBy(() -> report.approve(0, 3, "city", Instant.now())).hasMessageContaining("report.notSubmitted");
		assertThatThrownBy(() -> report.returnWith(0, "x", "city", Instant.now())).hasMessageContaining("report.notSubmitted");
	}

	@Test
	void onlyAnApprovedReportIsReopenedAndItKeepsItsApprovedVersion() {
		MonthlyReport report = draft();
		assertThatThrownBy(() -> report.reopen(0, "漏报")).hasMessageContaining("report.notApproved");
		report.submit("weibin", beijing("2026-11-02T10:00"), LocalDate.of(2026, 11, 2));
		report.approve(0, 1, "city", beijing("2026-11-03T10:00"));
		report.reopen(0, "漏报两次咨询");
		assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
		assertThat(report.getApprovedVersion()).isEqualTo(1);
		assertThatThrownBy(() -> report.fill(7, Map.of())).isInstanceOf(StaleEditException.class);
	}

	@Test
	void lateIsTheFirstSubmissionAfterTheDueDayInBeijingOrNoneWhenItHasPassed() {
		MonthlyReport onTime = draft();
		assertThat(onTime.isLate(DUE, BEIJING)).isFalse();
		assertThat(onTime.isLate(DUE.plusDays(1), BEIJING)).isTrue();
		// 23:30 on the due day in Beijing is 15:30 UTC the same day: on time.
		onTime.submit("weibin", beijing("2026-11-05T23:30"), DUE);
		assertThat(onTime.isLate(DUE.plusDays(30), BEIJING)).isFalse();
		MonthlyReport late = draft();
		late.submit("weibin", beijing("2026-11-06T00:30"), DUE.plusDays(1));
		assertThat(late.isLate(DUE.plusDays(1), BEIJING)).isTrue();
		// A resubmission after a return does not make an on-time report late.
		onTime.returnWith(0, "请核对", "city", beijing("2026-11-07T10:00"));
		onTime.submit("weibin", beijing("2026-11-08T10:00"), LocalDate.of(2026, 11, 8));
		assertThat(onTime.isLate(LocalDate.of(2026, 11, 8), BEIJING)).isFalse();
	}

	@Test
	void theDueDayIsTheSettingsDayOfTheNextMonth() {
		assertThat(new ReportSettings(5).dueOn(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThatThrownBy(() -> new ReportSettings(29)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportSettings(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
