package org.unionrights.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.deadlines.ClockReading;
import org.unionrights.deadlines.ClockRule;
import org.unionrights.security.PortalUser;

/**
 * What waits on the cases a user may see, for their start page: legal clocks overdue or due
 * within {@link ClockReading#DUE_SOON_DAYS} days, cases escalated or chased, messages from the
 * worker nobody has read, follow-ups due. Riskiest first: an overdue clock, then an escalation, a
 * chase, a clock due soon, a worker waiting for an answer, a follow-up; within each the newest
 * first (a clock by its due day).
 */
@Service
@Transactional(readOnly = true)
public class CaseAgenda {

	/** What waits, riskiest first. Labels: {@code agenda.<NAME>}. */
	public enum Kind {

		CLOCK_OVERDUE, ESCALATED, CHASED, CLOCK_DUE_SOON, UNREAD, FOLLOW_UP

	}

	/**
	 * One thing waiting on a case.
	 *
	 * @param rule the clock, for a clock's line
	 * @param dueDate the clock's due day, for a clock's line
	 * @param since when it arose (chased, escalated, the worker's message), or the case's last activity
	 */
	public record Item(Kind kind, String caseNo, String employerName, ClockRule rule, LocalDate dueDate,
			Instant since) {

		/** The section of the case page where it is acted on. */
		public String anchor() {
			return switch (kind) {
				case CLOCK_OVERDUE, CLOCK_DUE_SOON -> "clocks-heading";
				case UNREAD -> "worker-heading";
				case ESCALATED, CHASED -> "log-heading";
				case FOLLOW_UP -> "worker-heading";
			};
		}

	}

	/** How many open cases with a clock running one start page reads at most (the longest open first). */
	static final int CLOCK_CASES = 5_000;

	private final LegalCases cases;

	private final CaseClocks clocks;

	CaseAgenda(LegalCases cases, CaseClocks clocks) {
		this.cases = cases;
		this.clocks = clocks;
	}

	/** At most {@code limit} lines of each kind, riskiest first. */
	public List<Item> of(PortalUser user, int limit) {
		List<Item> items = new ArrayList<>(clocks.dueOrOverdue(user, CLOCK_CASES));
		items.addAll(flagged(user, CaseFilter.Flag.ESCALATED, Kind.ESCALATED, "escalatedAt", LegalCase::getEscalatedAt, limit));
		items.addAll(flagged(user, CaseFilter.Flag.CHASED, Kind.CHASED, "chasedAt", LegalCase::getChasedAt, limit));
		items.addAll(flagged(user, CaseFilter.Flag.UNREAD, Kind.UNREAD, "workerMessageAt", LegalCase::getWorkerMessageAt,
				limit));
		items.addAll(flagged(user, CaseFilter.Flag.FOLLOW_UP, Kind.FOLLOW_UP, "lastActivityAt",
				LegalCase::getLastActivityAt, limit));
		Map<Kind, List<Item>> byKind = items.stream().collect(Collectors.groupingBy(Item::kind));
		List<Item> ordered = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			byKind.getOrDefault(kind, List.of())
				.stream()
				.sorted(kind == Kind.CLOCK_OVERDUE || kind == Kind.CLOCK_DUE_SOON
						? Comparator.comparing(Item::dueDate) : Comparator.comparing(Item::since).reversed())
				.limit(limit)
				.forEach(ordered::add);
		}
		return ordered;
	}

	private List<Item> flagged(PortalUser user, CaseFilter.Flag flag, Kind kind, String sortedBy,
			Function<LegalCase, Instant> since, int limit) {
		return cases
			.findAll(CaseScope.of(user.scope()).and(CaseFilters.of(flag)),
					PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, sortedBy, "id")))
			.map(legalCase -> new Item(kind, legalCase.getCaseNo(), legalCase.subjectEmployerName(), null, null,
					since.apply(legalCase)))
			.getContent();
	}

}
