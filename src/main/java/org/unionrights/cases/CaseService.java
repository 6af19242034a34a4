package org.unionrights.cases;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.AccountView;
import org.unionrights.audit.AuditEntry;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.intake.AcceptedRequest;
import org.unionrights.intake.CaseProgress;
import org.unionrights.intake.ContactDetails;
import org.unionrights.intake.StaffRequestView;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;
import org.unionrights.teams.TeamView;

/**
 * Cases within what the user may see ({@link CaseScope}): a lawyer their own cases, a county
 * officer their county's, city staff all. A case outside that does not exist for the user.
 * Opening a case accepts its request at triage; the case's request is read through intake within
 * the same scope.
 */
@Service
@Transactional
public class CaseService {

	private final LegalCases cases;

	private final StaffRequests requests;

	private final TeamChoice teams;

	private final AccountService accounts;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	CaseService(LegalCases cases, StaffRequests requests, TeamChoice teams, AccountService accounts, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.requests = requests;
		this.teams = teams;
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Accepts a request as a case, assigned to an active team of its county (or of the whole city)
	 * and a lawyer of that team; the worker is told who handles it. A refused choice leaves the
	 * request as it was.
	 * @return the case number
	 */
	@StaffOnly
	public String open(PortalUser user, String trackingNo, long teamId, long lawyerAccountId) {
		AcceptedRequest request = requests.accept(user, trackingNo);
		TeamChoice.Chosen chosen = teams.choose(request.countyId(), teamId, lawyerAccountId);
		String caseNo = String.format(Locale.ROOT, "AJ-%d-%06d", clock.instant().atZone(clock.getZone()).getYear(),
				cases.nextNumber());
		cases.save(new LegalCase(caseNo, request, teamId, lawyerAccountId, user.getUsername(), clock.instant()));
		// Said to the worker in the language they read it in.
		events.publishEvent(CaseProgress.PortalReply.of(request.requestId(), "case.accepted.reply", chosen.team().name(),
				chosen.lawyer().displayName()));
		auditLog.record("CASE_OPENED", subject(caseNo), Detail.of("audit.detail.caseOpened", trackingNo,
				chosen.team().name(), Detail.person(chosen.lawyer().username())));
		return caseNo;
	}

	@Transactional(readOnly = true)
	public CaseView view(PortalUser user, String caseNo) {
		LegalCase legalCase = load(user, caseNo);
		return legalCase.toView(teams.names().getOrDefault(legalCase.getTeamId(), ""),
				lawyerNames(List.of(legalCase)).getOrDefault(legalCase.getLawyerAccountId(), ""));
	}

	/** The most cases one export holds; a larger one is refused, not cut short. */
	public static final int EXPORT_LIMIT = 10_000;

	/** The cases the user may see that the filter finds, newest first. */
	@Transactional(readOnly = true)
	public Page<CaseView> list(PortalUser user, CaseFilter filter, Pageable pageable) {
		return views(cases.findAll(user.scope(), CaseFilters.of(filter), pageable));
	}

	/**
	 * Every case the user may see that the filter finds, newest first, for an export (written to
	 * the audit log); refused when there are more than {@link #EXPORT_LIMIT}.
	 */
	public List<CaseView> export(PortalUser user, CaseFilter filter) {
		Page<CaseView> page = views(cases.findAll(user.scope(), CaseFilters.of(filter), PageRequest.of(0, EXPORT_LIMIT)));
		if (page.getTotalElements() > EXPORT_LIMIT) {
			throw new RuleViolationException(null, "cases.export.tooMany");
		}
		auditLog.record("CASES_EXPORTED", "cases", Detail.of("audit.detail.rows", page.getTotalElements()));
		return page.getContent();
	}

	private Page<CaseView> views(Page<LegalCase> page) {
		Map<Long, String> lawyers = lawyerNames(page.getContent());
		Map<Long, String> teamNames = teams.names();
		return page.map(legalCase -> legalCase.toView(teamNames.getOrDefault(legalCase.getTeamId(), ""),
				lawyers.getOrDefault(legalCase.getLawyerAccountId(), "")));
	}

	/** The cases of the employers with these keys the user may see, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<CaseView> ofEmployers(PortalUser user, java.util.Collection<String> employerKeys, int limit) {
		if (employerKeys.isEmpty()) {
			return List.of();
		}
		org.springframework.data.jpa.domain.Specification<LegalCase> ofKeys = (legalCase, query, builder) -> legalCase
			.get("subject")
			.get("employerKey")
			.in(employerKeys);
		return views(cases.findAll(user.scope(), ofKeys, PageRequest.of(0, limit))).getContent();
	}

	/** How many open cases the user may see. */
	@Transactional(readOnly = true)
	public long openCount(PortalUser user) {
		return cases.count(user.scope(), CaseFilters.open());
	}

	/** How many open cases the user may see carry the flag. */
	@Transactional(readOnly = true)
	public long count(PortalUser user, CaseFilter.Flag flag) {
		return cases.count(user.scope(), CaseFilters.of(flag));
	}

	/** The teams a case list may be narrowed to: those serving the user's county, or all for the city. */
	@Transactional(readOnly = true)
	public List<TeamView> teamsToFilter(PortalUser user) {
		return user.scope().fold(() -> teams.all(), countyId -> teams.forCountyEvenInactive(countyId), lawyer -> List.of(),
				() -> List.of());
	}

	/** The teams and lawyers a request can be assigned to: active teams of its county or the city. */
	@Transactional(readOnly = true)
	public List<TeamView> teamsFor(PortalUser user, String trackingNo) {
		return teams.forCounty(requests.view(user, trackingNo).countyId());
	}

	/** Someone printed the case (for the arbitration file): recorded in its history. @return when */
	public java.time.Instant printed(PortalUser user, String caseNo) {
		load(user, caseNo);
		auditLog.record("CASE_PRINTED", subject(caseNo));
		return clock.instant();
	}

	/** Every change to the case: who, when, what. Newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> history(PortalUser user, String caseNo, Pageable pageable) {
		load(user, caseNo);
		return auditLog.about(subject(caseNo), pageable);
	}

	/**
	 * The worker's full mobile and ID number, for the case's lawyer and staff; written to the
	 * audit log of the case, and by intake to the request's.
	 */
	public ContactDetails revealContact(PortalUser user, String caseNo) {
		LegalCase legalCase = load(user, caseNo);
		auditLog.record(AuditLog.PERSONAL_DATA_VIEWED, subject(caseNo));
		return requests.reveal(user, legalCase.getTrackingNo());
	}

	/** The request of a case the user may see, as the case page shows it. */
	@Transactional(readOnly = true)
	public StaffRequestView request(PortalUser user, String caseNo) {
		return requests.view(user, load(user, caseNo).getTrackingNo());
	}

	/**
	 * Someone worked on the case: its service clock starts again; the assigned lawyer's work answers
	 * a chase, city staff's an escalation; a contact with the worker is the first contact if none was.
	 */
	void worked(LegalCase legalCase, PortalUser by, boolean workerContacted) {
		cases.touch(legalCase.getId(), clock.instant(), legalCase.answersChase(by), LegalCase.answersEscalation(by),
				workerContacted);
		if (workerContacted) {
			// A reply or a call to the worker answers what they sent.
			cases.clearWorkerMessage(legalCase.getId());
		}
	}

	/**
	 * The case page is opened. What the worker sent and nobody on the case had read is read now if
	 * the reader is on the case (its lawyer, an officer of its county); city staff looking in
	 * leave it marked for them.
	 * @return since when the worker's messages were unread, or {@code null} when none were
	 */
	public java.time.Instant readWorkerMessages(PortalUser user, String caseNo) {
		LegalCase legalCase = load(user, caseNo);
		java.time.Instant unreadSince = legalCase.getWorkerMessageAt();
		boolean carries = legalCase.answersChase(user) || (user.getRole() == org.unionrights.security.Role.COUNTY_OFFICER
				&& user.getCountyId() != null && user.getCountyId() == legalCase.getCountyId());
		if (unreadSince != null && carries) {
			cases.clearWorkerMessage(legalCase.getId());
		}
		return unreadSince;
	}

	/** The worker sent a message or files on their request: its case, if it has one, is marked. */
	@org.springframework.context.event.EventListener
	void on(org.unionrights.intake.WorkerWrote wrote) {
		cases.markWorkerMessage(wrote.requestId(), wrote.at());
	}

	/** Tells the worker's request what happened on the case, in this transaction. */
	void tell(CaseProgress progress) {
		events.publishEvent(progress);
	}

	static String subject(String caseNo) {
		return "case:" + caseNo;
	}

	/** The case, if the user may see it; a 404 otherwise. */
	LegalCase load(PortalUser user, String caseNo) {
		// By natural id: a page that reads the case through several services in one transaction
		// reads it from the database once.
		return entityManager.unwrap(Session.class)
			.bySimpleNaturalId(LegalCase.class)
			.loadOptional(caseNo)
			.filter(legalCase -> CaseScope.allows(user.scope(), legalCase))
			.orElseThrow(() -> new CaseNotFoundException(caseNo));
	}

	private Map<Long, String> lawyerNames(List<LegalCase> listed) {
		return accounts.byIds(listed.stream().map(LegalCase::getLawyerAccountId).toList())
			.values()
			.stream()
			.collect(Collectors.toMap(AccountView::id, AccountView::displayName));
	}

}
