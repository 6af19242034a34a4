package org.unionrights.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.intake.CaseProgress;
import org.unionrights.security.PortalUser;

/**
 * The work recorded on a case by its lawyer and staff: the steps of its tracks (which drive the
 * legal clocks they belong to), the contact log, internal notes and public replies. Only on open
 * cases the user may see; each is audited and restarts the case's service clock.
 */
@Service
@Transactional
public class CaseHandling {

	private final CaseService cases;

	private final CaseClocks clocks;

	private final CaseSteps steps;

	private final CaseEntries entries;

	private final AuditLog auditLog;

	private final Clock clock;

	CaseHandling(CaseService cases, CaseClocks clocks, CaseSteps steps, CaseEntries entries, AuditLog auditLog,
			Clock clock) {
		this.cases = cases;
		this.clocks = clocks;
		this.steps = steps;
		this.entries = entries;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A case's tracks: where each stands, every step, and which steps may be voided. */
	public record Tracks(List<TrackView> standings, List<StepView> steps, Set<Long> voidable) {

		/** A step of this case, by id. */
		public Optional<StepView> step(long id) {
			return steps.stream().filter(step -> step.id() == id).findFirst();
		}

	}

	/** A track's state and last step. */
	public record TrackView(Track track, boolean running, TrackStep lastStep, LocalDate lastDate) {
	}

	@Transactional(readOnly = true)
	public Tracks tracks(PortalUser user, String caseNo) {
		List<CaseStep> recorded = steps.findByCaseIdOrderByIdAsc(cases.load(user, caseNo).getId());
		List<TrackView> tracks = TrackProgress.of(recorded)
			.standings()
			.stream()
			.map(s -> new TrackView(s.track(), s.state() == TrackProgress.State.RUNNING, s.lastStep(), s.lastDate()))
			.toList();
		Set<Long> voidable = recorded.stream()
			.filter(step -> TrackProgress.isVoidable(step, recorded))
			.map(CaseStep::getId)
			.collect(Collectors.toSet());
		return new Tracks(tracks, recorded.stream().map(CaseStep::toView).toList(), voidable);
	}

	/** The contact log, notes and replies, newest first. */
	@Transactional(readOnly = true)
	public List<EntryView> log(PortalUser user, String caseNo) {
		return entries.findByCaseIdOrderByRecordedAtDescIdDesc(cases.load(user, caseNo).getId())
			.stream()
			.map(CaseEntry::toView)
			.toList();
	}

	/**
	 * Records a step of a track, if it may follow; the legal clocks it drives get their event, and
	 * the worker's timeline shows the step.
	 */
	public void recordStep(PortalUser user, String caseNo, TrackStep step, LocalDate date, String note) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		TrackProgress.of(steps.findByCaseIdOrderByIdAsc(legalCase.getId())).check(step, date, LocalDate.now(clock));
		CaseStep saved = steps.save(new CaseStep(legalCase.getId(), step, date, note, user.getUsername(), clock.instant()));
		for (TrackStep.ClockLink link : step.clocks()) {
			clocks.save(legalCase, saved.getId(), link.rule(), new ClockEvent(date, link.kind()), null, user.getUsername());
		}
		cases.worked(legalCase, user, false);
		cases.tell(CaseProgress.Step.of(legalCase.getRequestId(), "caseStep." + step.name(), date));
		auditLog.record("CASE_STEP", CaseService.subject(caseNo),
				Detail.of("audit.detail.labelOn", Detail.label("step." + step), date));
	}

	/**
	 * Voids a wrong step with a reason: only the last one of its track, on an open case. The clock
	 * events it recorded go with it; the worker's timeline says a step was corrected.
	 */
	public void voidStep(PortalUser user, String caseNo, long stepId, String reason) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		List<CaseStep> recorded = steps.findByCaseIdOrderByIdAsc(legalCase.getId());
		CaseStep step = recorded.stream()
			.filter(candidate -> candidate.getId() == stepId)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(caseNo));
		TrackProgress.checkVoidable(step, recorded);
		step.voidBy(user.getUsername(), reason, clock.instant());
		clocks.removeRecordedBy(stepId);
		cases.worked(legalCase, user, false);
		cases.tell(CaseProgress.Step.of(legalCase.getRequestId(), "caseStep.STEP_VOIDED", step.getStepDate()));
		auditLog.record("CASE_STEP_VOIDED", CaseService.subject(caseNo), Detail.of("audit.detail.labelOnBecause",
				Detail.label("step." + step.getStep()), step.getStepDate(), reason.strip()));
	}

	/** A contact with the worker, the employer or an authority, with what was said. */
	public void recordContact(PortalUser user, String caseNo, ContactChannel channel, ContactParty party,
			LocalDate date, String summary) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		if (date.isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException("contactDate", "validation.future");
		}
		entries.save(CaseEntry.contact(legalCase.getId(), channel, party, date, summary, user.getUsername(),
				clock.instant()));
		cases.worked(legalCase, user, party == ContactParty.WORKER);
		auditLog.record("CASE_CONTACT", CaseService.subject(caseNo), Detail.of("audit.detail.contact",
				Detail.label("contactChannel." + channel), Detail.label("contactParty." + party), date));
	}

	/** A note for staff and the lawyer only, or a reply the worker sees on their request's page. */
	public void write(PortalUser user, String caseNo, EntryKind kind, String text) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		entries.save(CaseEntry.written(legalCase.getId(), kind, text, user.getUsername(), clock.instant(),
				LocalDate.now(clock)));
		if (kind == EntryKind.PUBLIC_REPLY) {
			cases.tell(new CaseProgress.Reply(legalCase.getRequestId(), text.strip()));
		}
		cases.worked(legalCase, user, kind == EntryKind.PUBLIC_REPLY);
		auditLog.record(kind == EntryKind.NOTE ? "CASE_NOTE" : "CASE_PUBLIC_REPLY", CaseService.subject(caseNo));
	}

}
