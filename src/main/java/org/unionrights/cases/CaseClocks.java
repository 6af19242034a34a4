package org.unionrights.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockReading;
import org.unionrights.deadlines.ClockRule;
import org.unionrights.deadlines.OfficialCalendar;
import org.unionrights.security.PortalUser;

/**
 * A case's legal clocks: the dated events recorded on it and the readings computed from them on
 * the official calendar, for the case page and for flagging lists.
 */
@Service
@Transactional
public class CaseClocks {

	/** How a case stands on its clocks, for lists. */
	public enum Alert {

		OVERDUE, DUE_SOON

	}

	private final CaseService cases;

	private final CaseClockEvents events;

	private final ClockAgendaCache agenda;

	private final LegalCases legalCases;

	private final OfficialCalendar calendar;

	private final AuditLog auditLog;

	private final Clock clock;

	CaseClocks(CaseService cases, CaseClockEvents events, LegalCases legalCases, OfficialCalendar calendar,
			AuditLog auditLog, Clock clock, ClockAgendaCache agenda) {
		this.agenda = agenda;
		this.legalCases = legalCases;
		this.cases = cases;
		this.events = events;
		this.calendar = calendar;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A case's clocks: one reading for each clock it has events for, and the events. */
	public record Summary(List<ClockReading> readings, List<ClockEventView> events) {
	}

	@Transactional(readOnly = true)
	public Summary summary(PortalUser user, String caseNo) {
		LegalCase legalCase = cases.load(user, caseNo);
		List<CaseClockEvent> recorded = events.findByCaseIdOrderByEventDateAscIdAsc(legalCase.getId());
		return new Summary(readings(recorded), recorded.stream().map(CaseClockEvent::toView).toList());
	}

	/**
	 * Records a clock's event by hand. Refused: on a closed case, dated in the future, the same fact
	 * twice, an extension the authority approved without its last day (or with one where the law
	 * fixes the length).
	 */
	public void record(PortalUser user, String caseNo, ClockRule rule, ClockEvent event, String note) {
		LegalCase legalCase = cases.load(user, caseNo);
		if (!legalCase.isOpen()) {
			throw new RuleViolationException(null, "case.closed");
		}
		if (event.date().isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException("date", "validation.future");
		}
		boolean approvedDay = rule.extendsToApprovedDay() && event.kind() == ClockEvent.Kind.EXTENDED;
		if (approvedDay && event.until() == null) {
			throw new RuleViolationException("until", "clock.until.required");
		}
		if (event.until() != null && (!approvedDay || !event.until().isAfter(event.date()))) {
			throw new RuleViolationException("until", approvedDay ? "clock.until.afterDate" : "clock.until.notUsed");
		}
		List<CaseClockEvent> recorded = events.findByCaseIdOrderByEventDateAscIdAsc(legalCase.getId());
		if (recorded.stream().anyMatch(e -> e.records(rule, event))) {
			throw new RuleViolationException("date", "clock.duplicate");
		}
		if (approvedDay) {
			// An approval the clock would not take is said, not silently ignored: after the period ran
			// out, or to a day no later than it already runs to.
			ClockReading now = calendar.read(rule, recorded.stream().filter(e -> e.getRule() == rule)
				.map(CaseClockEvent::toClockEvent).toList());
			if (now.dueDate() == null || event.date().isAfter(now.dueDate())) {
				throw new RuleViolationException("date", "clock.until.late");
			}
			if (!event.until().isAfter(now.dueDate())) {
				throw new RuleViolationException("until", "clock.until.notLater");
			}
		}
		save(legalCase, null, rule, event, note, user.getUsername());
		cases.worked(legalCase, user, false);
	}

	/**
	 * Records a clock's event on a case already loaded and checked by the caller; {@code stepId}
	 * names the track step that recorded it, if one did.
	 */
	void save(LegalCase legalCase, Long stepId, ClockRule rule, ClockEvent event, String note, String by) {
		events.save(new CaseClockEvent(legalCase.getId(), stepId, rule, event, note, by, clock.instant()));
		agenda.forget();
		auditLog.record("CASE_CLOCK_EVENT", CaseService.subject(legalCase.getCaseNo()),
				Detail.of("audit.detail.clockEvent", Detail.label("clock." + rule), Detail.label("clockEvent." + event.kind()),
						event.date()));
	}

	/** Removes the clock events a voided step had recorded. */
	void removeRecordedBy(long stepId) {
		events.deleteByStepId(stepId);
		agenda.forget();
	}

	/**
	 * The worst alert of each of the listed open cases, by case number; cases without one are absent.
	 * Two queries whatever the number of cases.
	 */
	@Transactional(readOnly = true)
	public Map<String, Alert> alerts(Collection<String> caseNos) {
		// A closed case's clocks no longer call for anyone.
		Map<Long, String> numbers = legalCases.findByCaseNoIn(caseNos)
			.stream()
			.filter(LegalCase::isOpen)
			.collect(Collectors.toMap(LegalCase::getId, LegalCase::getCaseNo));
		Map<Long, List<CaseClockEvent>> byCase = events.findByCaseIdIn(numbers.keySet())
			.stream()
			.collect(Collectors.groupingBy(CaseClockEvent::getCaseId));
		Map<String, Alert> alerts = new HashMap<>();
		byCase.forEach((caseId, recorded) -> {
			List<ClockReading> readings = readings(recorded);
			if (readings.stream().anyMatch(ClockReading::isOverdue)) {
				alerts.put(numbers.get(caseId), Alert.OVERDUE);
			}
			else if (readings.stream().anyMatch(ClockReading::isDueSoon)) {
				alerts.put(numbers.get(caseId), Alert.DUE_SOON);
			}
		});
		return alerts;
	}

	/**
	 * The clocks overdue or due soon on the open cases the user may see, one line each; read over
	 * at most {@code maxCases} cases with a clock still running, the longest open first.
	 */
	@Transactional(readOnly = true)
	public List<CaseAgenda.Item> dueOrOverdue(PortalUser user, int maxCases) {
		return agenda.get(user.scope(), () -> readDueOrOverdue(user, maxCases));
	}

	private List<CaseAgenda.Item> readDueOrOverdue(PortalUser user, int maxCases) {
		// A case with a clock still running: an event of a clock not met on or after it.
		Specification<LegalCase> withRunningClocks = (legalCase, query, builder) -> {
			Subquery<Long> running = query.subquery(Long.class);
			Root<CaseClockEvent> event = running.from(CaseClockEvent.class);
			Subquery<Long> met = query.subquery(Long.class);
			Root<CaseClockEvent> done = met.from(CaseClockEvent.class);
			met.select(done.get("caseId"))
				.where(builder.equal(done.get("caseId"), event.get("caseId")), builder.equal(done.get("rule"), event.get("rule")),
						builder.equal(done.get("kind"), org.unionrights.deadlines.ClockEvent.Kind.MET),
						builder.greaterThanOrEqualTo(done.get("eventDate"), event.<LocalDate>get("eventDate")));
			running.select(event.get("caseId"))
				.where(builder.equal(event.get("caseId"), legalCase.get("id")), builder.not(builder.exists(met)));
			return builder.exists(running);
		};
		// Oldest first: the cases longest open are the likeliest to be overdue.
		Map<Long, LegalCase> open = legalCases
			.findAll(CaseScope.of(user.scope()).and(CaseFilters.open()).and(withRunningClocks),
					PageRequest.of(0, maxCases, Sort.by(Sort.Direction.ASC, "id")))
			.stream()
			.collect(Collectors.toMap(LegalCase::getId, legalCase -> legalCase));
		List<CaseAgenda.Item> items = new ArrayList<>();
		events.findByCaseIdIn(open.keySet())
			.stream()
			.collect(Collectors.groupingBy(CaseClockEvent::getCaseId))
			.forEach((caseId, recorded) -> readings(recorded).stream()
				.filter(reading -> reading.isOverdue() || reading.isDueSoon())
				.forEach(reading -> items.add(new CaseAgenda.Item(
						reading.isOverdue() ? CaseAgenda.Kind.CLOCK_OVERDUE : CaseAgenda.Kind.CLOCK_DUE_SOON,
						open.get(caseId).getCaseNo(), open.get(caseId).subjectEmployerName(), reading.rule(),
						reading.dueDate(), null))));
		return items;
	}

	private List<ClockReading> readings(List<CaseClockEvent> recorded) {
		Map<ClockRule, List<ClockEvent>> byRule = new EnumMap<>(ClockRule.class);
		for (CaseClockEvent event : recorded) {
			byRule.computeIfAbsent(event.getRule(), rule -> new ArrayList<>()).add(event.toClockEvent());
		}
		List<ClockReading> readings = new ArrayList<>();
		byRule.forEach((rule, ruleEvents) -> readings.add(calendar.read(rule, ruleEvents)));
		return readings;
	}

}
