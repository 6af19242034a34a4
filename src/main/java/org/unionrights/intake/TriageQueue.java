package org.unionrights.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.Masking;
import org.unionrights.common.RuleViolationException;
import org.unionrights.deadlines.OfficialCalendar;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Scope;

/**
 * The triage queue: the requests a staff member may see — every county for city staff, their own
 * for a county officer — filtered, searched and most urgent first. The union's own clock: the
 * first contact is due within 1 working day of a request arriving.
 */
@Service
@Transactional
public class TriageQueue {

	public static final int PAGE_SIZE = 25;


	private final HelpRequests requests;

	private final OfficialCalendar calendar;

	private final Clock clock;

	private final AuditLog auditLog;

	private final int firstContactWorkingDays;

	TriageQueue(HelpRequests requests, OfficialCalendar calendar, Clock clock, AuditLog auditLog,
			@Value("${portal.intake.first-contact-working-days:1}") int firstContactWorkingDays) {
		this.auditLog = auditLog;
		this.firstContactWorkingDays = firstContactWorkingDays;
		this.requests = requests;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The queue counts its matches up to this many: counting every request a two-character word or
	 * a broad filter matches, over a million rows, costs far more than the page itself. Above it the
	 * total is shown as "more than"; the pages go on, and a narrower filter counts again. The number
	 * per status comes from the roll-up and is always exact.
	 */
	public static final int COUNT_CAP = 500;

	@Transactional(readOnly = true)
	public Page<QueueRow> find(PortalUser user, TriageFilter filter, int page) {
		LocalDate lastOverdueDay = lastOverdueSubmissionDay();
		Specification<HelpRequest> specification = specification(filter, user.scope());
		PageRequest pageable = PageRequest.of(page, PAGE_SIZE, sort(filter));
		Slice<HelpRequest> slice;
		long counted;
		if (filter.normalizedQuery() != null && trackingPrefix(filter) == null) {
			// A word: counted first on the text index, which tells how the page is best read.
			counted = requests.countUpTo(specification, COUNT_CAP + 1);
			slice = counted > COUNT_CAP ? requests.walkInOrder(specification, pageable)
					: requests.findBy(specification, query -> query.slice(pageable));
		}
		else {
			slice = requests.findBy(specification, query -> query.slice(pageable));
			counted = slice.hasNext() ? requests.countUpTo(specification, COUNT_CAP + 1) : 0;
		}
		List<HelpRequest> content = slice.getContent();
		long total = Math.max(counted, pageable.getOffset() + content.size() + (slice.hasNext() ? 1 : 0));
		return new PageImpl<>(content, pageable, total).map(request -> row(request, lastOverdueDay, user.scope()));
	}

	/** The most rows one export holds; narrow the filter for more. */
	public static final int EXPORT_LIMIT = 10_000;

	/**
	 * The filtered queue for an export, in queue order: personal numbers in full for city staff
	 * only. More than {@value #EXPORT_LIMIT} rows are refused (narrow the filter), never cut
	 * short without a word. The export is written to the audit log.
	 */
	public List<ExportRow> export(PortalUser user, TriageFilter filter) {
		Scope scope = user.scope();
		boolean full = scope.isWholeCity();
		Specification<HelpRequest> specification = specification(filter, scope);
		long total = requests.count(specification);
		if (total > EXPORT_LIMIT) {
			throw new RuleViolationException(null, "triage.export.tooMany");
		}
		List<ExportRow> rows = requests.findAll(specification, PageRequest.of(0, EXPORT_LIMIT, sort(filter)))
			.map(request -> new ExportRow(request.getTrackingNo(), request.getSubmittedAt(), request.getCountyId(),
					request.getStatus(), request.getCategory(), request.getChannel(), request.employer().getName(),
					request.worker().getName(),
					full ? request.worker().getMobile() : Masking.mobile(request.worker().getMobile()),
					full ? request.worker().getIdNumber() : Masking.idNumber(request.worker().getIdNumber()),
					request.worker().isMigrant(), request.getWorkersAffected(), request.wages().getAmountOwed()))
			.getContent();
		auditLog.record(full ? AuditLog.PERSONAL_DATA_EXPORTED : "QUEUE_EXPORTED", "triage", Detail.of(full ? "audit.detail.rowsFull" : "audit.detail.rowsMasked",
				rows.size()));
		return rows;
	}

	/** How many requests the filter finds among those the user may see. */
	@Transactional(readOnly = true)
	public long count(PortalUser user, TriageFilter filter) {
		return requests.count(specification(filter, user.scope()));
	}

	/** Waiting requests longest waiting first; finished ones, and all together, newest first. */
	private static Sort sort(TriageFilter filter) {
		if (trackingPrefix(filter) != null) {
			return Sort.by(Sort.Direction.DESC, "trackingNo");
		}
		return filter.status() != null && filter.status().isOpen() ? Sort.by("submittedAt", "id")
				: Sort.by(Sort.Direction.DESC, "submittedAt", "id");
	}

	private static final java.util.regex.Pattern TRACKING_PREFIX = java.util.regex.Pattern
		.compile("^wq-[0-9]{4}(-[0-9]*)?$");

	/**
	 * The start of a tracking number typed as the search ({@code WQ-2025}, {@code WQ-2025-0012}),
	 * upper case; {@code null} for any other search. Such a search lists newest numbers first.
	 */
	static String trackingPrefix(TriageFilter filter) {
		String text = filter.normalizedQuery();
		return text != null && TRACKING_PREFIX.matcher(text).matches() ? text.toUpperCase(java.util.Locale.ROOT) : null;
	}

	/** How many requests of each status the user may see, by the status's name. */
	@Transactional(readOnly = true)
	public Map<String, Long> counts(PortalUser user) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (RequestStatus status : RequestStatus.values()) {
			counts.put(status.name(), 0L);
		}
		// From the roll-up kept by a trigger (V15): a group-by over a million requests is too slow
		// for every page of the queue.
		for (Object[] row : requests.countByStatus(user.scope())) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * The requests of the scope that the filter finds. A county chosen in the filter narrows the
	 * city's queue; a county officer's queue is their county's whatever the filter says.
	 */
	private Specification<HelpRequest> specification(TriageFilter filter, Scope scope) {
		Instant overdueBefore = startOf(lastOverdueSubmissionDay().plusDays(1));
		Long chosenCounty = scope.isWholeCity() ? filter.countyId() : null;
		return RequestScope.of(scope).and((root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (chosenCounty != null) {
				where.add(cb.equal(root.get("countyId"), chosenCounty));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.category() != null) {
				where.add(cb.equal(root.get("category"), filter.category()));
			}
			if (filter.channel() != null) {
				where.add(cb.equal(root.get("channel"), filter.channel()));
			}
			if (filter.migrantOnly()) {
				where.add(cb.isTrue(root.get("worker").get("migrant")));
			}
			if (filter.groupOnly()) {
				where.add(cb.greaterThan(root.get("workersAffected"), 1));
			}
			if (filter.escalatedOnly()) {
				where.add(cb.equal(root.get("status"), RequestStatus.SUBMITTED));
				where.add(cb.isNull(root.get("firstContact").get("madeAt")));
				where.add(cb.isNotNull(root.get("firstContact").get("escalatedAt")));
			}
			if (filter.overdueOnly()) {
				where.add(cb.equal(root.get("status"), RequestStatus.SUBMITTED));
				where.add(cb.isNull(root.get("firstContact").get("madeAt")));
				where.add(cb.lessThan(root.get("submittedAt"), overdueBefore));
			}
			String text = filter.normalizedQuery();
			if (trackingPrefix(filter) != null) {
				// A tracking number, or its start: the number's own index, not the text search.
				where.add(cb.like(root.get("trackingNo"), trackingPrefix(filter) + "%"));
			}
			else if (text != null) {
				String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				where.add(cb.like(root.get("searchText"), pattern, '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		});
	}

	/** A row; its duplicate flag only when the duplicate lies where the user may look (a county officer's county). */
	private QueueRow row(HelpRequest request, LocalDate lastOverdueDay, Scope scope) {
		LocalDate submitted = request.getSubmittedAt().atZone(clock.getZone()).toLocalDate();
		FirstContact contact = request.firstContact();
		boolean overdue = request.getStatus() == RequestStatus.SUBMITTED && !contact.isMade()
				&& !submitted.isAfter(lastOverdueDay);
		return new QueueRow(request.getTrackingNo(), request.getSubmittedAt(), request.getCountyId(),
				request.getStatus(), request.getCategory(), request.getChannel(), request.employer().getName(),
				request.worker().getName(), Masking.mobile(request.worker().getMobile()), request.getWorkersAffected(),
				request.worker().isMigrant(),
				request.getLikelyDuplicateCountyId() != null
						&& RequestScope.coversCounty(scope, request.getLikelyDuplicateCountyId()),
				overdue,
				overdue && contact.isChased(), overdue && contact.isEscalated());
	}

	/**
	 * The last submission day whose first contact is overdue today: its working days for the
	 * contact ({@code portal.intake.first-contact-working-days}, 1) have passed.
	 */
	LocalDate lastOverdueSubmissionDay() {
		return lastSubmissionDayOlderThan(firstContactWorkingDays);
	}

	/** The last submission day more than {@code workingDays} working days before today. */
	LocalDate lastSubmissionDayOlderThan(int workingDays) {
		return calendar.calendar().lastDayOverdue(LocalDate.now(clock), workingDays);
	}

	int firstContactWorkingDays() {
		return firstContactWorkingDays;
	}

	Instant startOf(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toInstant();
	}

}
