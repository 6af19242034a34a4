package org.unionrights.deadlines;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionrights.deadlines.ClockEvent.Kind;
import org.unionrights.deadlines.ClockReading.State;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per rule and edge case of the legal clocks, on the official 2026 calendar.
 */
public class LegalClockTest {

	/** The 2026 notice (国务院办公厅, 2025-11-04), as the migration seeds it. */
	public static final WorkingCalendar CALENDAR_2026 = calendar2026();

	private static WorkingCalendar calendar2026() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		holidays(days, "2026-01-01", 3);
		holidays(days, "2026-02-15", 9);
		holidays(days, "2026-04-04", 3);
		holidays(days, "2026-05-01", 5);
		holidays(days, "2026-06-19", 3);
		holidays(days, "2026-09-25", 3);
		holidays(days, "2026-10-01", 7);
		for (String workday : List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
				"2026-10-10")) {
			days.put(LocalDate.parse(workday), DayKind.WORKDAY);
		}
		return new WorkingCalendar(days, Set.of(2026));
	}

	private static void holidays(Map<LocalDate, DayKind> days, String first, int count) {
		for (int i = 0; i < count; i++) {
			days.put(LocalDate.parse(first).plusDays(i), DayKind.HOLIDAY);
		}
	}

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private static ClockEvent e(String date, Kind kind) {
		return new ClockEvent(d(date), kind);
	}

	private static ClockReading read(ClockRule rule, String today, ClockEvent... events) {
		return LegalClock.read(rule, List.of(events), CALENDAR_2026, d(today));
	}

	// Counting

	@Test
	void theFirstDayIsNotCounted() {
		// Mediation: application received Monday 2 March, 15 days → Tuesday 17 March.
		assertThat(read(ClockRule.MEDIATION, "2026-03-02", e("2026-03-02", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-03-17"));
	}

	@Test
	void aSecondApplicationAfterTheFirstEndedStartsANewPeriod() {
		// Mediation applied 2 March, failed 6 March, applied again 9 March: due 24 March, overdue by the 30th.
		ClockReading reading = read(ClockRule.MEDIATION, "2026-03-30", e("2026-03-02", Kind.STARTED),
				e("2026-03-06", Kind.MET), e("2026-03-09", Kind.STARTED));
		assertThat(reading.state()).isEqualTo(ClockReading.State.OVERDUE);
		assertThat(reading.dueDate()).isEqualTo(d("2026-03-24"));
	}

	@Test
	void aLastDayOnAWeekendMovesToMonday() {
		// Received Friday 6 March + 15 = Saturday 21 March → Monday 23 March.
		assertThat(read(ClockRule.MEDIATION, "2026-03-06", e("2026-03-06", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-03-23"));
	}

	@Test
	void aLastDayInTheNationalDayHolidayMovesPastIt() {
		// Acceptance: received Monday 28 September + 5 = Saturday 3 October, in the holiday → Thursday 8 October.
		assertThat(read(ClockRule.ARBITRATION_ACCEPTANCE, "2026-09-28", e("2026-09-28", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-10-08"));
	}

	@Test
	void aMakeUpWorkdayOnASaturdayIsAWorkingDay() {
		// Received Monday 5 October + 5 = Saturday 10 October, a 调休 workday: the period ends that day.
		assertThat(read(ClockRule.ARBITRATION_ACCEPTANCE, "2026-10-05", e("2026-10-05", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-10-10"));
		// Sunday 4 January 2026 is one too.
		assertThat(read(ClockRule.ARBITRATION_ACCEPTANCE, "2025-12-30", e("2025-12-30", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-01-04"));
	}

	@Test
	void theSpringFestivalMovesALastDayToTheFirstDayBackAtWork() {
		// Received 2 February + 15 = Tuesday 17 February, in the festival (15–23) → Tuesday 24 February.
		assertThat(read(ClockRule.MEDIATION, "2026-02-02", e("2026-02-02", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-02-24"));
	}

	@Test
	void aYearWithoutItsNoticeCountsWeekendsOnlyAndSaysSo() {
		// 1 October 2027 is a Friday; without the 2027 notice it is a working day.
		ClockReading reading = read(ClockRule.MEDIATION, "2027-09-16", e("2027-09-16", Kind.STARTED));
		assertThat(reading.dueDate()).isEqualTo(d("2027-10-01"));
		assertThat(reading.calendarComplete()).isFalse();
		assertThat(read(ClockRule.MEDIATION, "2026-03-02", e("2026-03-02", Kind.STARTED)).calendarComplete())
			.isTrue();
	}

	@Test
	void workingDaysSkipHolidaysAndCountMakeUpWorkdays() {
		// Inspection: complaint accepted Friday 18 September 2026; 60 working days.
		ClockReading reading = read(ClockRule.INSPECTION_INVESTIGATION, "2026-09-18",
				e("2026-09-18", Kind.STARTED));
		// Counted by hand: Sep 20 (调休) and 21–24 (5), Sep 28–30 (3), Oct 8–10 (3, the 10th 调休),
		// then 49 more working days from Oct 12: Oct 12–30 (15), Nov (21), Dec 1–11 (9)... = Dec 11 is the 56th;
		// the 60th is Thursday 17 December.
		assertThat(reading.dueDate()).isEqualTo(d("2026-12-17"));
		ClockReading extended = read(ClockRule.INSPECTION_INVESTIGATION, "2026-09-18", e("2026-09-18", Kind.STARTED),
				e("2026-11-30", Kind.EXTENDED));
		// 30 more working days: Dec 18–31 (10), then 2027 by weekends only: Jan 1–28 (20).
		assertThat(extended.dueDate()).isEqualTo(d("2027-01-28"));
		assertThat(extended.calendarComplete()).isFalse();
	}

	// Arbitration limitation

	@Test
	void limitationIsOneYearFromKnowledge() {
		// Knew Tuesday 10 March 2026 → Wednesday 10 March 2027.
		assertThat(read(ClockRule.ARBITRATION_LIMITATION, "2026-03-10", e("2026-03-10", Kind.STARTED)).dueDate())
			.isEqualTo(d("2027-03-10"));
	}

	@Test
	void anInterruptionStartsTheYearAgain() {
		ClockReading reading = read(ClockRule.ARBITRATION_LIMITATION, "2026-02-01", e("2025-06-10", Kind.STARTED),
				e("2026-01-15", Kind.INTERRUPTED));
		assertThat(reading.dueDate()).isEqualTo(d("2027-01-15"));
	}

	@Test
	void aSuspensionPausesTheYearAndItsDaysAreAdded() {
		ClockEvent knew = e("2026-03-01", Kind.STARTED);
		ClockEvent suspended = e("2026-05-01", Kind.SUSPENDED);
		ClockReading paused = read(ClockRule.ARBITRATION_LIMITATION, "2026-05-10", knew, suspended);
		assertThat(paused.state()).isEqualTo(State.PAUSED);
		assertThat(paused.dueDate()).isNull();
		assertThat(paused.daysLeft()).isEqualTo(304); // 1 May 2026 → 1 March 2027
		ClockReading resumed = read(ClockRule.ARBITRATION_LIMITATION, "2026-06-01", knew, suspended,
				e("2026-05-31", Kind.RESUMED));
		// 1 March 2027 + 30 days paused = Wednesday 31 March 2027.
		assertThat(resumed.dueDate()).isEqualTo(d("2027-03-31"));
		assertThat(resumed.state()).isEqualTo(State.RUNNING);
	}

	@Test
	void anInterruptionAfterASuspensionStartsCleanly() {
		ClockReading reading = read(ClockRule.ARBITRATION_LIMITATION, "2026-08-01", e("2026-03-01", Kind.STARTED),
				e("2026-05-01", Kind.SUSPENDED), e("2026-05-31", Kind.RESUMED), e("2026-07-01", Kind.INTERRUPTED));
		assertThat(reading.dueDate()).isEqualTo(d("2027-07-01"));
	}

	@Test
	void payOwedDuringEmploymentRunsOnlyFromTheEndOfEmployment() {
		ClockReading employed = read(ClockRule.ARBITRATION_LIMITATION_PAY, "2026-03-01",
				e("2024-01-10", Kind.STARTED));
		assertThat(employed.state()).isEqualTo(State.NOT_RUNNING);
		assertThat(employed.dueDate()).isNull();
		ClockReading left = read(ClockRule.ARBITRATION_LIMITATION_PAY, "2026-07-01", e("2024-01-10", Kind.STARTED),
				e("2026-06-30", Kind.EMPLOYMENT_ENDED));
		assertThat(left.dueDate()).isEqualTo(d("2027-06-30"));
	}

	@Test
	void eventsThatDoNotApplyToAClockAreIgnored() {
		// Mediation can neither be interrupted nor suspended.
		ClockReading reading = read(ClockRule.MEDIATION, "2026-03-02", e("2026-03-02", Kind.STARTED),
				e("2026-03-05", Kind.INTERRUPTED), e("2026-03-06", Kind.SUSPENDED), e("2026-03-08", Kind.EXTENDED));
		assertThat(reading.dueDate()).isEqualTo(d("2026-03-17"));
		assertThat(reading.state()).isEqualTo(State.RUNNING);
	}

	// Arbitration award

	@Test
	void theAwardIsDueFortyFiveDaysAfterAcceptance() {
		assertThat(read(ClockRule.ARBITRATION_AWARD, "2026-03-02", e("2026-03-02", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-04-16"));
	}

	@Test
	void anApprovedExtensionAddsFifteenDaysAndTheLabourDayHolidayMovesIt() {
		// 2 March + 60 = Friday 1 May, in the holiday (1–5) → Wednesday 6 May.
		assertThat(read(ClockRule.ARBITRATION_AWARD, "2026-04-10", e("2026-03-02", Kind.STARTED),
				e("2026-04-10", Kind.EXTENDED)).dueDate()).isEqualTo(d("2026-05-06"));
	}

	@Test
	void changedClaimsRestartTheAwardPeriod() {
		// Claims changed 20 March: 45 days from then = Monday 4 May, a holiday → Wednesday 6 May.
		assertThat(read(ClockRule.ARBITRATION_AWARD, "2026-03-20", e("2026-03-02", Kind.STARTED),
				e("2026-03-20", Kind.RESTARTED)).dueDate()).isEqualTo(d("2026-05-06"));
	}

	@Test
	void suspendedTimeDoesNotCountTowardsTheAward() {
		// Suspended 1–11 April (10 days): 16 April + 10 = Sunday 26 April → Monday 27 April.
		assertThat(read(ClockRule.ARBITRATION_AWARD, "2026-04-12", e("2026-03-02", Kind.STARTED),
				e("2026-04-01", Kind.SUSPENDED), e("2026-04-11", Kind.RESUMED)).dueDate()).isEqualTo(d("2026-04-27"));
	}

	// Suits, injury, appraisal, inspection

	@Test
	void suitsAfterAnAward() {
		assertThat(read(ClockRule.SUIT_BY_WORKER, "2026-06-01", e("2026-06-01", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-06-16"));
		assertThat(read(ClockRule.SUIT_NON_FINAL_AWARD, "2026-06-01", e("2026-06-01", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-06-16"));
		// 30 days from 1 June = 1 July.
		assertThat(read(ClockRule.SUIT_BY_EMPLOYER_FINAL_AWARD, "2026-06-01", e("2026-06-01", Kind.STARTED))
			.dueDate()).isEqualTo(d("2026-07-01"));
	}

	@Test
	void workInjuryApplicationAndDecision() {
		// Accident 20 May: the employer has until 19 June, the Dragon Boat holiday (19–21) → Monday 22 June.
		assertThat(read(ClockRule.INJURY_APPLICATION_BY_EMPLOYER, "2026-05-20", e("2026-05-20", Kind.STARTED))
			.dueDate()).isEqualTo(d("2026-06-22"));
		assertThat(read(ClockRule.INJURY_APPLICATION_BY_WORKER, "2026-05-20", e("2026-05-20", Kind.STARTED))
			.dueDate()).isEqualTo(d("2027-05-20"));
		assertThat(read(ClockRule.INJURY_DECISION, "2026-07-01", e("2026-07-01", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-08-31"));
		assertThat(read(ClockRule.INJURY_DECISION_CLEAR_CASE, "2026-07-01", e("2026-07-01", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-07-16"));
	}

	@Test
	void appraisalWithItsExtensionAndReappraisal() {
		assertThat(read(ClockRule.APPRAISAL, "2026-07-01", e("2026-07-01", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-08-31"));
		// 90 days from 1 July = Tuesday 29 September.
		assertThat(read(ClockRule.APPRAISAL, "2026-08-01", e("2026-07-01", Kind.STARTED),
				e("2026-08-01", Kind.EXTENDED)).dueDate()).isEqualTo(d("2026-09-29"));
		assertThat(read(ClockRule.REAPPRAISAL_REQUEST, "2026-09-10", e("2026-09-10", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-09-25").plusDays(3)); // 25 September is Mid-Autumn (25–27) → Monday 28
	}

	@Test
	void aComplaintToLabourInspectionWithinTwoYears() {
		assertThat(read(ClockRule.INSPECTION_COMPLAINT, "2026-03-10", e("2026-03-10", Kind.STARTED)).dueDate())
			.isEqualTo(d("2028-03-10"));
	}

	// Leap years

	@Test
	void aYearFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
		// 28 February 2029 is a Wednesday.
		assertThat(read(ClockRule.ARBITRATION_LIMITATION, "2028-02-29", e("2028-02-29", Kind.STARTED)).dueDate())
			.isEqualTo(d("2029-02-28"));
		// Two years from 29 February 2028: 28 February 2030, a Thursday.
		assertThat(read(ClockRule.INSPECTION_COMPLAINT, "2028-02-29", e("2028-02-29", Kind.STARTED)).dueDate())
			.isEqualTo(d("2030-02-28"));
	}

	@Test
	void daysAcrossALeapDayCountIt() {
		// 20 February 2028 + 15 = Monday 6 March 2028 (29 February counted).
		assertThat(read(ClockRule.MEDIATION, "2028-02-20", e("2028-02-20", Kind.STARTED)).dueDate())
			.isEqualTo(d("2028-03-06"));
	}

	// States

	@Test
	void overdueDueSoonMetAndNotStarted() {
		ClockEvent received = e("2026-03-02", Kind.STARTED);
		assertThat(read(ClockRule.MEDIATION, "2026-03-01").state()).isEqualTo(State.NOT_STARTED);
		ClockReading early = read(ClockRule.MEDIATION, "2026-03-03", received);
		assertThat(early.isDueSoon()).isFalse();
		assertThat(early.daysLeft()).isEqualTo(14);
		ClockReading soon = read(ClockRule.MEDIATION, "2026-03-10", received);
		assertThat(soon.isDueSoon()).isTrue();
		assertThat(read(ClockRule.MEDIATION, "2026-03-17", received).state()).isEqualTo(State.RUNNING);
		ClockReading late = read(ClockRule.MEDIATION, "2026-03-18", received);
		assertThat(late.isOverdue()).isTrue();
		assertThat(late.daysLeft()).isEqualTo(-1);
		assertThat(read(ClockRule.MEDIATION, "2026-04-01", received, e("2026-03-16", Kind.MET)).state())
			.isEqualTo(State.MET);
		assertThat(read(ClockRule.MEDIATION, "2026-04-01", received, e("2026-03-20", Kind.MET)).state())
			.isEqualTo(State.OVERDUE);
	}

	// Events that come too late, and events on one day

	@Test
	void aYearThatEndsOnASundayOrInAHolidayMovesToTheNextWorkingDay() {
		assertThat(read(ClockRule.ARBITRATION_LIMITATION, "2026-01-01", e("2025-11-15", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-11-16"));
		assertThat(read(ClockRule.ARBITRATION_LIMITATION, "2026-01-01", e("2025-10-01", Kind.STARTED)).dueDate())
			.isEqualTo(d("2026-10-08"));
	}

	@Test
	void aSuspensionOrInterruptionAfterExpiryRevivesNothing() {
		ClockReading award = read(ClockRule.ARBITRATION_AWARD, "2026-05-10", e("2026-03-02", Kind.STARTED),
				e("2026-05-01", Kind.SUSPENDED));
		assertThat(award.state()).isEqualTo(State.OVERDUE);
		assertThat(award.dueDate()).isEqualTo(d("2026-04-16"));
		// Knew 10 January 2025: expired Monday 12 January 2026 (the 10th a Saturday); a claim in February is too late.
		ClockReading limitation = read(ClockRule.ARBITRATION_LIMITATION, "2026-03-01", e("2025-01-10", Kind.STARTED),
				e("2026-02-01", Kind.INTERRUPTED));
		assertThat(limitation.dueDate()).isEqualTo(d("2026-01-12"));
		assertThat(limitation.isOverdue()).isTrue();
		ClockReading lateExtension = read(ClockRule.APPRAISAL, "2026-10-01", e("2026-07-01", Kind.STARTED),
				e("2026-09-15", Kind.EXTENDED));
		assertThat(lateExtension.dueDate()).isEqualTo(d("2026-08-31"));
	}

	@Test
	void aRestartDropsAnExtensionOfTheEarlierPeriod() {
		// Extended 10 March, then claims changed 20 March: 45 days from the 20th, no extension → 6 May.
		assertThat(read(ClockRule.ARBITRATION_AWARD, "2026-03-20", e("2026-03-02", Kind.STARTED),
				e("2026-03-10", Kind.EXTENDED), e("2026-03-20", Kind.RESTARTED)).dueDate()).isEqualTo(d("2026-05-06"));
	}

	@Test
	void metWhilePausedIsMet() {
		assertThat(read(ClockRule.ARBITRATION_LIMITATION, "2026-06-01", e("2026-03-01", Kind.STARTED),
				e("2026-05-01", Kind.SUSPENDED), e("2026-05-20", Kind.MET)).state()).isEqualTo(State.MET);
	}

	@Test
	void aSuspensionAndResumptionOnOneDayPauseNothingWhateverTheirOrder() {
		ClockReading reading = LegalClock.read(ClockRule.ARBITRATION_AWARD,
				List.of(e("2026-03-02", Kind.STARTED), e("2026-03-10", Kind.RESUMED), e("2026-03-10", Kind.SUSPENDED)),
				CALENDAR_2026, d("2026-03-11"));
		assertThat(reading.state()).isEqualTo(State.RUNNING);
		assertThat(reading.dueDate()).isEqualTo(d("2026-04-16"));
	}

	@Test
	void aPeriodStartingInAYearWithoutItsNoticeIsIncomplete() {
		// Started in 2025 (no notice entered here), due in 2026: the 2025 days were counted by weekends only.
		assertThat(read(ClockRule.INSPECTION_INVESTIGATION, "2025-12-01", e("2025-12-01", Kind.STARTED))
			.calendarComplete()).isFalse();
	}


	// Issue 12, point 11

	@Test
	void anInterruptionDuringASuspensionStartsTheYearAgain() {
		// Art. 27: knew 1 March, suspended 1 May, the worker claims from the employer 20 May while still
		// suspended: a new year from 20 May, the suspension ended by it → Thursday 20 May 2027.
		ClockReading reading = read(ClockRule.ARBITRATION_LIMITATION, "2026-06-01", e("2026-03-01", Kind.STARTED),
				e("2026-05-01", Kind.SUSPENDED), e("2026-05-20", Kind.INTERRUPTED));
		assertThat(reading.state()).isEqualTo(State.RUNNING);
		assertThat(reading.dueDate()).isEqualTo(d("2027-05-20"));
	}

	@Test
	void theWorkersInjuryApplicationPausesWhileTheEmploymentRelationshipIsEstablished() {
		// Accident 10 March 2026; arbitration on whether the rider was employed from 1 June to 30 September
		// (resumed 1 October, the first day without the cause): 122 days added → Saturday 10 July 2027 → Monday 12 July.
		ClockEvent accident = e("2026-03-10", Kind.STARTED);
		ClockEvent arbitration = e("2026-06-01", Kind.SUSPENDED);
		assertThat(read(ClockRule.INJURY_APPLICATION_BY_WORKER, "2026-07-01", accident, arbitration).state())
			.isEqualTo(State.PAUSED);
		ClockReading resumed = read(ClockRule.INJURY_APPLICATION_BY_WORKER, "2026-10-02", accident, arbitration,
				e("2026-10-01", Kind.RESUMED));
		assertThat(resumed.dueDate()).isEqualTo(d("2027-07-12"));
		// The employer's 30 days cannot be paused.
		assertThat(read(ClockRule.INJURY_APPLICATION_BY_EMPLOYER, "2026-03-20", accident,
				e("2026-03-15", Kind.SUSPENDED)).state()).isEqualTo(State.RUNNING);
	}

	@Test
	void theEmployersInjuryApplicationRunsToTheDayTheAuthorityApproved() {
		// Accident 2 March → due 1 April; the authority agreed on 25 March to 30 April.
		ClockEvent accident = e("2026-03-02", Kind.STARTED);
		assertThat(read(ClockRule.INJURY_APPLICATION_BY_EMPLOYER, "2026-03-03", accident).dueDate())
			.isEqualTo(d("2026-04-01"));
		ClockReading extended = read(ClockRule.INJURY_APPLICATION_BY_EMPLOYER, "2026-04-02", accident,
				new ClockEvent(d("2026-03-25"), Kind.EXTENDED, d("2026-04-30")));
		assertThat(extended.state()).isEqualTo(State.RUNNING);
		assertThat(extended.dueDate()).isEqualTo(d("2026-04-30"));
		// An approval after the period expired, or one without a day, changes nothing.
		assertThat(read(ClockRule.INJURY_APPLICATION_BY_EMPLOYER, "2026-04-10", accident,
				new ClockEvent(d("2026-04-05"), Kind.EXTENDED, d("2026-04-30"))).isOverdue()).isTrue();
		assertThat(read(ClockRule.INJURY_APPLICATION_BY_EMPLOYER, "2026-03-26", accident,
				e("2026-03-25", Kind.EXTENDED)).dueDate()).isEqualTo(d("2026-04-01"));
		// The award period keeps its fixed 15 days: a day named there is not used.
		assertThat(read(ClockRule.ARBITRATION_AWARD, "2026-03-11", e("2026-03-02", Kind.STARTED),
				new ClockEvent(d("2026-03-10"), Kind.EXTENDED, d("2026-12-31"))).dueDate()).isEqualTo(d("2026-05-06"));
	}

	@Test
	void aCalendarDayPeriodNeedsOnlyTheCalendarOfItsLastDay() {
		// Knew 10 March 2025, a year without a notice here; the last day, 10 March 2026, is in 2026, which is known.
		ClockReading reading = read(ClockRule.ARBITRATION_LIMITATION, "2025-03-10", e("2025-03-10", Kind.STARTED));
		assertThat(reading.dueDate()).isEqualTo(d("2026-03-10"));
		assertThat(reading.calendarComplete()).isTrue();
		// A working-day period still needs every year it spans.
		assertThat(read(ClockRule.INSPECTION_INVESTIGATION, "2025-12-01", e("2025-12-01", Kind.STARTED))
			.calendarComplete()).isFalse();
	}

	@Test
	void theServiceClockWarnsWhenItsDaysReachAYearWithoutItsNotice() {
		// 15 working days from 1 December 2026 end on 22 December: all in 2026, known.
		assertThat(CALENDAR_2026.unknownYearWithin(d("2026-12-01"), 15)).isEmpty();
		// From 18 December they reach January 2027, whose notice is not entered.
		assertThat(CALENDAR_2026.unknownYearWithin(d("2026-12-18"), 15)).hasValue(2027);
		// The administrator is asked for next year's calendar from December, not before.
		assertThat(CALENDAR_2026.nextYearToEnter(d("2026-11-30"))).isEmpty();
		assertThat(CALENDAR_2026.nextYearToEnter(d("2026-12-01"))).hasValue(2027);
		assertThat(new WorkingCalendar(Map.of(), Set.of(2026, 2027)).nextYearToEnter(d("2026-12-01"))).isEmpty();
	}

}
