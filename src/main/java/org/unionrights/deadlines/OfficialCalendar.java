package org.unionrights.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;

/**
 * The official working-day calendar as administrators keep it, and the legal clocks read
 * against it. The calendar is small (a few dozen rows a year) and read on every clock, so it is
 * held in memory and reloaded after each change.
 */
@Service
public class OfficialCalendar {

	private final CalendarDays days;

	private final CalendarYears years;

	private final AuditLog auditLog;

	private final Clock clock;

	private volatile WorkingCalendar current;

	/** When {@link #current} was read: it is read again after {@link #KEPT}, for changes made through other instances. */
	private volatile java.time.Instant readAt = java.time.Instant.MIN;

	static final java.time.Duration KEPT = java.time.Duration.ofMinutes(1);

	/** Counts committed changes, so that a calendar read before one is never kept after it. */
	private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

	private final org.springframework.transaction.support.TransactionTemplate readOnly;

	OfficialCalendar(CalendarDays days, CalendarYears years, AuditLog auditLog, Clock clock,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.days = days;
		this.years = years;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The calendar as it stands: held in memory by this instance, read again after each change it
	 * commits and at most a minute after it was read (so a change made through another instance
	 * shows here within the minute).
	 */
	public WorkingCalendar calendar() {
		WorkingCalendar calendar = current;
		if (calendar == null || clock.instant().isAfter(readAt.plus(KEPT))) {
			long before = generation.get();
			java.time.Instant now = clock.instant();
			calendar = readOnly.execute(status -> load());
			if (generation.get() == before) {
				current = calendar;
				readAt = now;
			}
		}
		return calendar;
	}

	/**
	 * The first year, from today's to that of the day {@code workingDays} working days ahead,
	 * whose official notice has not been entered: the service clock counts it by weekends only.
	 */
	public java.util.OptionalInt unknownYearWithin(int workingDays) {
		return calendar().unknownYearWithin(LocalDate.now(clock), workingDays);
	}

	/** From December on: next year, while its official notice has not been entered. */
	public java.util.OptionalInt nextYearToEnter() {
		return calendar().nextYearToEnter(LocalDate.now(clock));
	}

	/** Reads a legal clock today, in the union's zone. */
	public ClockReading read(ClockRule rule, List<ClockEvent> events) {
		return LegalClock.read(rule, events, calendar(), LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public List<YearEntry> years() {
		return years.findAllByOrderByYearDesc()
			.stream()
			.map(year -> new YearEntry(year.getYear(), year.getNotice()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<DayEntry> daysOf(int year) {
		return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(day -> new DayEntry(day.getDay(), day.getKind(), day.getName()))
			.toList();
	}

	@Transactional
	public void enterYear(int year, String notice) {
		if (years.existsById(year)) {
			throw new RuleViolationException("year", "calendar.year.exists");
		}
		years.save(new CalendarYear(year, notice, AuditLog.currentActor(), clock.instant()));
		auditLog.record("CALENDAR_YEAR_ENTERED", "calendar:" + year, notice);
		invalidateAfterCommit();
	}

	@Transactional
	/**
	 * Enters a holiday or make-up workday; a day already entered is replaced only when
	 * {@code replace} says the administrator saw and confirmed it.
	 */
	public void setDay(LocalDate day, DayKind kind, String name, boolean replace) {
		if (!years.existsById(day.getYear())) {
			throw new RuleViolationException("day", "calendar.day.yearMissing");
		}
		if (!replace && days.existsById(day)) {
			throw new RuleViolationException("replace", "calendar.day.exists");
		}
		days.save(new CalendarDay(day, kind, name));
		auditLog.record("CALENDAR_DAY_SET", "calendar:" + day,
				Detail.of("audit.detail.labelAndText", Detail.label("dayKind." + kind), name));
		invalidateAfterCommit();
	}

	@Transactional
	public void removeDay(LocalDate day) {
		days.findById(day).ifPresent(found -> {
			days.delete(found);
			auditLog.record("CALENDAR_DAY_REMOVED", "calendar:" + day,
					Detail.of("audit.detail.labelAndText", Detail.label("dayKind." + found.getKind()), found.getName()));
		});
		invalidateAfterCommit();
	}

	/** Others read the old calendar until the change is committed, then the new one. */
	private void invalidateAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				generation.incrementAndGet();
				current = null;
			}
		});
	}

	private WorkingCalendar load() {
		Map<LocalDate, DayKind> all = days.findAll()
			.stream()
			.collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind));
		Set<Integer> known = years.findAll().stream().map(CalendarYear::getYear).collect(Collectors.toSet());
		return new WorkingCalendar(all, known);
	}

	/** A year whose notice is entered. */
	public record YearEntry(int year, String notice) {
	}

	/** A day that differs from the week. */
	public record DayEntry(LocalDate day, DayKind kind, String name) {
	}

}
