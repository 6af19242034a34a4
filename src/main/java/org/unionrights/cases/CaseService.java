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
		cases.save(new LegalCase(caseNo, requestId, request.countyId(), team.id(), lawyerAccountId, user.getUsername(),
				clock.instant()));
		auditLog.record("CASE_OPENED", "case:" + caseNo, trackingNo + " → " + team.name() + " / " + lawyer.username());
		return caseNo;
	}

	@Transactional(readOnly = true)
	public CaseView view(PortalUser user, String caseNo) {
		return view(load(user, caseNo));
	}

	/** The cases the user may see, newest first. */
	@Transactional(readOnly = true)
	public Page<CaseView> list(PortalUser user, Pageable pageable) {
		Page<LegalCase> page = switch (user.getRole()) {
			case LAWYER -> cases.findByLawyerAccountIdOrderByOpenedAtDesc(user.getAccountId(), pageable);
			case COUNTY_OFFICER -> cases.findByCountyIdOrderByOpenedAtDesc(user.getCountyId(), pageable);
			case CITY_STAFF -> cases.findAllByOrderByOpenedAtDesc(pageable);
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

	/** The worker's rating is kept on the case; a poor one opens a follow-up for staff. */
	@EventListener
	void on(ServiceRated rated) {
		cases.findByRequestId(rated.requestId()).ifPresent(legalCase -> {
			legalCase.rated(rated.score(), rated.comment());
			if (legalCase.isFollowUpDue()) {
				auditLog.record("CASE_FOLLOW_UP_OPENED", "case:" + legalCase.getCaseNo(), "rating " + rated.score());
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
		auditLog.record("CASE_FOLLOW_UP_RECORDED", "case:" + caseNo, null);
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
		if (legalCase.getVersion() != version) {
			throw new RuleViolationException(null, "form.conflict");
		}
		legalCase.close(outcome, note, user.getUsername(), clock.instant());
		requests.closeForCase(legalCase.getRequestId());
		auditLog.record("CASE_CLOSED", "case:" + caseNo, outcome.name());
	}

	/** The case, if the user may see it; a 404 otherwise. */
	LegalCase load(PortalUser user, String caseNo) {
		return cases.findByCaseNo(caseNo).filter(legalCase -> switch (user.getRole()) {
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
