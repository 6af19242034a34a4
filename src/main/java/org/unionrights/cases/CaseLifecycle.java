package org.unionrights.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.intake.CaseProgress;
import org.unionrights.intake.ServiceRated;
import org.unionrights.security.PortalUser;
import org.unionrights.security.CityStaffOnly;
import org.unionrights.security.StaffOnly;
import org.unionrights.teams.TeamView;

/**
 * A case's own lifecycle: the amounts claimed and agreed, the team and lawyer, closing with an
 * outcome and reopening, the worker's rating and the follow-up a poor one calls for. Edits carry
 * the version their form was opened at, and one made after someone else's save is refused with
 * nothing written. Handing on and following up are for staff, reopening for city staff (the same
 * gates as the pages'); what each may see is their scope.
 */
@Service
@Transactional
public class CaseLifecycle {

	private final CaseService cases;

	private final LegalCases legalCases;

	private final TeamChoice teams;

	private final AuditLog auditLog;

	private final Clock clock;

	/** A closed case's clocks leave the start pages at once, a reopened one's come back. */
	private final ClockAgendaCache agenda;

	CaseLifecycle(CaseService cases, LegalCases legalCases, TeamChoice teams, AuditLog auditLog, Clock clock,
			ClockAgendaCache agenda) {
		this.agenda = agenda;
		this.cases = cases;
		this.legalCases = legalCases;
		this.teams = teams;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The teams and lawyers an open case can be handed to: active teams of its county or the city. */
	@Transactional(readOnly = true)
	public List<TeamView> teamsFor(PortalUser user, String caseNo) {
		return teams.forCounty(cases.load(user, caseNo).getCountyId());
	}

	/** The amounts claimed and agreed, as the lawyer or staff correct them. */
	public void changeAmounts(PortalUser user, String caseNo, long version, BigDecimal claimed, BigDecimal agreed) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.checkVersion(version);
		CaseView before = legalCase.toView("", "");
		legalCase.changeAmounts(claimed, agreed);
		cases.worked(legalCase, user, false);
		auditLog.record("CASE_AMOUNTS_CHANGED", CaseService.subject(caseNo), Detail.of("audit.detail.amounts",
				Detail.money(before.amountClaimed()), Detail.money(claimed), Detail.money(before.amountAgreed()),
				Detail.money(agreed)));
	}

	/** Staff hand the case to another lawyer of an active team of its county or the city. */
	@StaffOnly
	public void reassign(PortalUser user, String caseNo, long version, long teamId, long lawyerAccountId) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.checkVersion(version);
		TeamChoice.Chosen chosen = teams.choose(legalCase.getCountyId(), teamId, lawyerAccountId);
		legalCase.reassign(teamId, lawyerAccountId);
		cases.worked(legalCase, user, false);
		auditLog.record("CASE_REASSIGNED", CaseService.subject(caseNo),
				Detail.of("audit.detail.assigned", chosen.team().name(), Detail.person(chosen.lawyer().username())));
	}

	/** Closes the case with its outcome; the request closes too, and the worker may rate. */
	public void close(PortalUser user, String caseNo, long version, CaseOutcome outcome, String note) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		legalCase.checkVersion(version);
		legalCase.close(outcome, note, user.getUsername(), clock.instant());
		agenda.forget();
		cases.worked(legalCase, user, false);
		cases.tell(new CaseProgress.Closed(legalCase.getRequestId()));
		cases.tell(CaseProgress.Step.of(legalCase.getRequestId(), "caseStep.OUTCOME_" + outcome.name()));
		auditLog.record("CASE_CLOSED", CaseService.subject(caseNo), note == null || note.isBlank()
				? Detail.of("audit.detail.label", Detail.label("outcome." + outcome.name()))
				: Detail.of("audit.detail.labelAndText", Detail.label("outcome." + outcome.name()), note.strip()));
	}

	/**
	 * City staff reopen a closed case with a reason; the request is accepted again and the worker
	 * sees the reason.
	 */
	@CityStaffOnly
	public void reopen(PortalUser user, String caseNo, long version, String reason) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireClosed();
		legalCase.checkVersion(version);
		legalCase.reopen(reason);
		agenda.forget();
		cases.worked(legalCase, user, false);
		cases.tell(new CaseProgress.Reopened(legalCase.getRequestId(), reason.strip()));
		auditLog.record("CASE_REOPENED", CaseService.subject(caseNo), reason.strip());
	}

	/** The worker's rating is kept on the case; a poor one opens a follow-up for staff. */
	@EventListener
	void on(ServiceRated rated) {
		legalCases.findByRequestId(rated.requestId()).ifPresent(legalCase -> {
			legalCase.rating().rated(rated.score(), rated.comment());
			Detail.Arg score = Detail.label("rating." + rated.score());
			auditLog.record("CASE_RATED", CaseService.subject(legalCase.getCaseNo()), rated.comment() == null
					? Detail.of("audit.detail.label", score) : Detail.of("audit.detail.labelAndText", score, rated.comment()));
			if (legalCase.rating().isFollowUpDue()) {
				auditLog.record("CASE_FOLLOW_UP_OPENED", CaseService.subject(legalCase.getCaseNo()),
						Detail.of("audit.detail.label", score));
			}
		});
	}

	/** Staff record the follow-up (回访) a poor rating called for. */
	@StaffOnly
	public void recordFollowUp(PortalUser user, String caseNo, String note) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.rating().recordFollowUp(note, user.getUsername(), clock.instant());
		auditLog.record("CASE_FOLLOW_UP_RECORDED", CaseService.subject(caseNo), note.strip());
	}

}
