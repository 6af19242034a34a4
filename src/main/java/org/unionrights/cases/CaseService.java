package org.unionrights.cases;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.AccountView;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.RuleViolationException;
import org.unionrights.intake.RequestStatus;
import org.unionrights.intake.ServiceRated;
import org.unionrights.intake.StaffRequestView;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;
import org.unionrights.teams.TeamService;
import org.unionrights.teams.TeamView;

/**
 * Opening cases from requests and closing them, each within what the user may see: a lawyer
 * their own cases, a county officer their county's, city staff all. A case outside that does not
 * exist for the user.
 */
@Service
@Transactional
public class CaseService {

	private final LegalCases cases;

	private final StaffRequests requests;

	private final TeamService teams;

	private final AccountService accounts;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	CaseService(LegalCases cases, StaffRequests requests, TeamService teams, AccountService accounts,
			AuditLog auditLog, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.requests = requests;
		this.teams = teams;
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Accepts a request as a case, assigned to an active team of its county (or of the whole city)
	 * and a lawyer of that team.
	 * @return the case number
	 */
	public String open(PortalUser user, String trackingNo, long teamId, long lawyerAccountId) {
		if (user.getRole() != Role.CITY_STAFF && user.getRole() != Role.COUNTY_OFFICER) {
			throw new AccessDeniedException("only staff open cases");
		}
		StaffRequestView request = requests.view(user, trackingNo);
		if (request.status() != RequestStatus.SUBMITTED) {
			throw new RuleViolationException(null, "request.status.illegal");
		}
		TeamView team = teams.list()
			.stream()
			.filter(t -> t.id() == teamId && t.active()
					&& (t.countyId() == null || t.countyId() == request.countyId()))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("teamId", "case.team.invalid"));
		TeamView.Member lawyer = team.members()
			.stream()
			.filter(member -> member.accountId() == lawyerAccountId)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("lawyerAccountId", "case.lawyer.invalid"));
		String handledBy = messages.getMessage("case.accepted.reply", new Object[] { team.name(), lawyer.displayName() },
				Locale.SIMPLIFIED_CHINESE);
		long requestId = requests.accept(user, trackingNo, handledBy);
		String caseNo = String.format(Locale.ROOT, "AJ-%d-%06d", clock.instant().atZone(clock.getZone()).getYear(),
				cases.nextNumber());
		LegalCase.Subject subject = new LegalCase.Subject(request.category(), request.employerName(),
				request.employerKey(), request.workersHelped(), request.migrantWorker() ? request.workersHelped() : 0,
				request.amountClaimed());
		cases.save(new LegalCase(caseNo, requestId, request.countyId(), team.id(), lawyerAccountId, subject,
				user.getUsername(), clock.instant()));
		auditLog.record("CASE_OPENED", subject(caseNo), trackingNo + " → " + team.name() + " / " + lawyer.username());
		return caseNo;
	}

	@Transactional(readOnly = true)
	public CaseView view(PortalUser user, String caseNo) {
		return view(load(user, caseNo));
	}

	/** Which open cases a list shows: all, the chased, or those escalated to the city. */
	public enum Flag {

		CHASED, ESCALATED

	}

	/** The cases the user may see, newest first; {@code flag} narrows them to chased or escalated ones. */
	@Transactional(readOnly = true)
	public Page<CaseView> list(PortalUser user, Flag flag, Pageable pageable) {
		boolean chased = flag == Flag.CHASED;
		boolean escalated = flag == Flag.ESCALATED;
		Page<LegalCase> page = switch (user.getRole()) {
			case LAWYER -> cases.findScoped(null, user.getAccountId(), chased, escalated, pageable);
			case COUNTY_OFFICER -> cases.findScoped(java.util.Objects.requireNonNull(user.getCountyId()), null, chased,
					escalated, pageable);
			case CITY_STAFF -> cases.findScoped(null, null, chased, escalated, pageable);
			default -> throw new AccessDeniedException("no cases for " + user.getRole());
		};
		Map<Long, AccountView> lawyers = accounts.byIds(page.map(LegalCase::getLawyerAccountId).toSet());
		Map<Long, String> trackingNos = requests.trackingNos(page.map(LegalCase::getRequestId).toSet());
		Map<Long, String> teamNames = teamNames();
		return page.map(legalCase -> legalCase.toView(trackingNos.getOrDefault(legalCase.getRequestId(), ""),
				teamNames.getOrDefault(legalCase.getTeamId(), ""),
				Optional.ofNullable(lawyers.get(legalCase.getLawyerAccountId())).map(AccountView::displayName).orElse("")));
	}

	/** The teams and lawyers a request can be assigned to: active teams of its county or the city. */
	@Transactional(readOnly = true)
	public java.util.List<TeamView> teamsFor(PortalUser user, String trackingNo) {
		StaffRequestView request = requests.view(user, trackingNo);
		return teams.list()
			.stream()
			.filter(t -> t.active() && (t.countyId() == null || t.countyId() == request.countyId()))
			.toList();
	}

	/** The teams and lawyers an open case can be handed to: active teams of its county or the city. */
	@Transactional(readOnly = true)
	public java.util.List<TeamView> teamsForCase(PortalUser user, String caseNo) {
		LegalCase legalCase = load(user, caseNo);
		return teams.list()
			.stream()
			.filter(t -> t.active() && (t.countyId() == null || t.countyId() == legalCase.getCountyId()))
			.toList();
	}

	/** The worker's rating is kept on the case; a poor one opens a follow-up for staff. */
	@EventListener
	void on(ServiceRated rated) {
		cases.findByRequestId(rated.requestId()).ifPresent(legalCase -> {
			legalCase.rated(rated.score(), rated.comment());
			auditLog.record("CASE_RATED", subject(legalCase.getCaseNo()),
					rated.score() + (rated.comment() == null ? "" : ": " + rated.comment()));
			if (legalCase.isFollowUpDue()) {
				auditLog.record("CASE_FOLLOW_UP_OPENED", subject(legalCase.getCaseNo()), "rating " + rated.score());
			}
		});
	}

	/** Staff record the follow-up (回访) a poor rating called for. */
	public void recordFollowUp(PortalUser user, String caseNo, String note) {
		if (user.getRole() != Role.CITY_STAFF && user.getRole() != Role.COUNTY_OFFICER) {
			throw new AccessDeniedException("follow-ups are made by staff");
		}
		LegalCase legalCase = load(user, caseNo);
		legalCase.recordFollowUp(note, user.getUsername(), clock.instant());
		auditLog.record("CASE_FOLLOW_UP_RECORDED", subject(caseNo), note.strip());
	}

	/** How many open cases the user may see. */
	@Transactional(readOnly = true)
	public long openCount(PortalUser user) {
		return switch (user.getRole()) {
			case LAWYER -> cases.countByLawyerAccountIdAndStatus(user.getAccountId(), CaseStatus.OPEN);
			case COUNTY_OFFICER -> cases.countByCountyIdAndStatus(user.getCountyId(), CaseStatus.OPEN);
			case CITY_STAFF -> cases.countByStatus(CaseStatus.OPEN);
			default -> 0;
		};
	}

	/** Closes the case with its outcome; the request closes too, and the worker may rate. */
	public void close(PortalUser user, String caseNo, long version, CaseOutcome outcome, String note) {
		LegalCase legalCase = load(user, caseNo);
		if (!legalCase.isOpen()) {
			throw new RuleViolationException(null, "case.closed");
		}
		if (legalCase.getVersion() != version) {
			throw new org.unionrights.common.StaleEditException("case " + caseNo, legalCase.getVersion());
		}
		legalCase.close(outcome, note, user.getUsername(), clock.instant());
		worked(legalCase, user, false);
		requests.closeForCase(legalCase.getRequestId());
		requests.publishCaseStep(legalCase.getRequestId(), "caseStep.OUTCOME_" + outcome.name());
		auditLog.record("CASE_CLOSED", subject(caseNo), outcome.name() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
	}

	/**
	 * City staff reopen a closed case with a reason; the request is accepted again and the worker
	 * sees the reason. A form opened before someone else's save is refused, nothing written.
	 */
	public void reopen(PortalUser user, String caseNo, long version, String reason) {
		if (user.getRole() != Role.CITY_STAFF) {
			throw new AccessDeniedException("only city staff reopen cases");
		}
		LegalCase legalCase = load(user, caseNo);
		if (legalCase.isOpen()) {
			throw new RuleViolationException(null, "case.notClosed");
		}
		if (legalCase.getVersion() != version) {
			throw new org.unionrights.common.StaleEditException("case " + caseNo, legalCase.getVersion());
		}
		legalCase.reopen(reason);
		worked(legalCase, user, false);
		requests.reopenForCase(legalCase.getRequestId(), reason.strip());
		auditLog.record("CASE_REOPENED", subject(caseNo), reason.strip());
	}

	/**
	 * The amounts claimed and agreed, as the lawyer or staff correct them. A form opened before
	 * someone else's save is refused, nothing written.
	 */
	public void changeAmounts(PortalUser user, String caseNo, long version, java.math.BigDecimal claimed,
			java.math.BigDecimal agreed) {
		LegalCase legalCase = load(user, caseNo);
		if (legalCase.getVersion() != version) {
			throw new org.unionrights.common.StaleEditException("case " + caseNo, legalCase.getVersion());
		}
		CaseView before = legalCase.toView("", "", "");
		legalCase.changeAmounts(claimed, agreed);
		worked(legalCase, user, false);
		auditLog.record("CASE_AMOUNTS_CHANGED", subject(caseNo), "claimed " + before.amountClaimed() + " → " + claimed
				+ "; agreed " + before.amountAgreed() + " → " + agreed);
	}

	/** Staff hand the case to another lawyer of an active team of its county or the city. */
	public void reassign(PortalUser user, String caseNo, long version, long teamId, long lawyerAccountId) {
		if (user.getRole() != Role.CITY_STAFF && user.getRole() != Role.COUNTY_OFFICER) {
			throw new AccessDeniedException("only staff assign cases");
		}
		LegalCase legalCase = load(user, caseNo);
		if (legalCase.getVersion() != version) {
			throw new org.unionrights.common.StaleEditException("case " + caseNo, legalCase.getVersion());
		}
		TeamView team = teams.list()
			.stream()
			.filter(t -> t.id() == teamId && t.active() && (t.countyId() == null || t.countyId() == legalCase.getCountyId()))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("teamId", "case.team.invalid"));
		TeamView.Member lawyer = team.members()
			.stream()
			.filter(member -> member.accountId() == lawyerAccountId)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("lawyerAccountId", "case.lawyer.invalid"));
		legalCase.reassign(team.id(), lawyerAccountId);
		worked(legalCase, user, false);
		auditLog.record("CASE_REASSIGNED", subject(caseNo), team.name() + " / " + lawyer.username());
	}

	/** Every change to the case: who, when, what. Newest first. */
	@Transactional(readOnly = true)
	public Page<org.unionrights.audit.AuditEntry> history(PortalUser user, String caseNo, Pageable pageable) {
		load(user, caseNo);
		return auditLog.about(subject(caseNo), pageable);
	}

	/**
	 * The worker's full mobile and ID number, for the case's lawyer and staff; written to the
	 * audit log of the request and of the case.
	 */
	public org.unionrights.intake.ContactDetails revealContact(PortalUser user, String caseNo) {
		LegalCase legalCase = load(user, caseNo);
		auditLog.record("CONTACT_REVEALED", subject(caseNo), null);
		return requests.revealForCase(legalCase.getRequestId());
	}

	/** The request of a case the user may see, as the case page shows it. */
	@Transactional(readOnly = true)
	public StaffRequestView request(PortalUser user, String caseNo) {
		return requests.viewForCase(user, load(user, caseNo).getRequestId());
	}

	/**
	 * Someone worked on the case: its service clock starts again; the assigned lawyer's work answers
	 * a chase, city staff's an escalation; a contact with the worker is the first contact if none was.
	 */
	void worked(LegalCase legalCase, PortalUser by, boolean workerContacted) {
		cases.touch(legalCase.getId(), clock.instant(), legalCase.answersChase(by), LegalCase.answersEscalation(by),
				workerContacted);
	}

	static String subject(String caseNo) {
		return "case:" + caseNo;
	}

	/** The case, if the user may see it; a 404 otherwise. */
	LegalCase load(PortalUser user, String caseNo) {
		// By natural id: a page that reads the case through several services in one transaction
		// reads it from the database once.
		return entityManager.unwrap(org.hibernate.Session.class)
			.bySimpleNaturalId(LegalCase.class)
			.loadOptional(caseNo)
			.filter(legalCase -> switch (user.getRole()) {
			case LAWYER -> legalCase.getLawyerAccountId() == user.getAccountId();
			case COUNTY_OFFICER -> user.getCountyId() != null && legalCase.getCountyId() == user.getCountyId();
			case CITY_STAFF -> true;
			default -> false;
		}).orElseThrow(() -> new CaseNotFoundException(caseNo));
	}

	private CaseView view(LegalCase legalCase) {
		String lawyer = accounts.byIds(java.util.List.of(legalCase.getLawyerAccountId()))
			.values()
			.stream()
			.findFirst()
			.map(AccountView::displayName)
			.orElse("");
		return legalCase.toView(requests.trackingNos(java.util.List.of(legalCase.getRequestId()))
			.getOrDefault(legalCase.getRequestId(), ""), teamNames().getOrDefault(legalCase.getTeamId(), ""), lawyer);
	}

	private Map<Long, String> teamNames() {
		return teams.list().stream().collect(java.util.stream.Collectors.toMap(TeamView::id, TeamView::name));
	}

}
