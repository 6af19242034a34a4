package org.unionrights.cases;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.RuleViolationException;
import org.unionrights.intake.EvidenceIntake;
import org.unionrights.intake.InvalidEvidenceException;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.PortalUser;

/**
 * The work recorded on a case by its lawyer and staff: the steps of its tracks (which drive the
 * legal clocks they belong to), the contact log, internal notes, public replies and documents.
 * Only on open cases the user may see; each is audited and restarts the case's service clock.
 */
@Service
@Transactional
public class CaseHandling {

	/** The most documents a case keeps. */
	public static final int MAX_ATTACHMENTS = 30;

	private final CaseService cases;

	private final CaseClocks clocks;

	private final CaseSteps steps;

	private final CaseEntries entries;

	private final CaseAttachments attachments;

	private final EvidenceIntake files;

	private final StaffRequests requests;

	private final AuditLog auditLog;

	private final Clock clock;

	CaseHandling(CaseService cases, CaseClocks clocks, CaseSteps steps, CaseEntries entries,
			CaseAttachments attachments, EvidenceIntake files, StaffRequests requests, AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.clocks = clocks;
		this.steps = steps;
		this.entries = entries;
		this.attachments = attachments;
		this.files = files;
		this.requests = requests;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** What a case page shows of the work on it. */
	public record Records(List<TrackView> tracks, List<StepView> steps, java.util.Set<Long> voidable,
			List<EntryView> entries, List<AttachmentView> attachments) {

		/** A step of this case, by id. */
		public java.util.Optional<StepView> step(long id) {
			return steps.stream().filter(step -> step.id() == id).findFirst();
		}

	}

	/** A track's state and last step. */
	public record TrackView(Track track, boolean running, TrackStep lastStep, LocalDate lastDate) {
	}

	@Transactional(readOnly = true)
	public Records records(PortalUser user, String caseNo) {
		LegalCase legalCase = cases.load(user, caseNo);
		List<CaseStep> recorded = steps.findByCaseIdOrderByIdAsc(legalCase.getId());
		List<TrackView> tracks = TrackProgress.of(recorded)
			.standings()
			.stream()
			.map(s -> new TrackView(s.track(), s.state() == TrackProgress.State.RUNNING, s.lastStep(), s.lastDate()))
			.toList();
		java.util.Set<Long> voidable = recorded.stream()
			.filter(step -> TrackProgress.isVoidable(step, recorded))
			.map(CaseStep::getId)
			.collect(java.util.stream.Collectors.toSet());
		return new Records(tracks, recorded.stream().map(CaseStep::toView).toList(), voidable,
				entries.findByCaseIdOrderByRecordedAtDescIdDesc(legalCase.getId()).stream().map(CaseEntry::toView).toList(),
				attachments.findByCaseIdOrderByIdAsc(legalCase.getId()).stream().map(CaseAttachment::toView).toList());
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
			clocks.save(legalCase, saved.getId(), link.rule(), link.kind(), date, null, user.getUsername());
		}
		cases.worked(legalCase, user, false);
		requests.publishCaseStep(legalCase.getRequestId(), "caseStep." + step.name(), date);
		auditLog.record("CASE_STEP", CaseService.subject(caseNo), step + " " + date);
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
		requests.publishCaseStep(legalCase.getRequestId(), "caseStep.STEP_VOIDED", step.getStepDate());
		auditLog.record("CASE_STEP_VOIDED", CaseService.subject(caseNo),
				step.getStep() + " " + step.getStepDate() + ": " + reason.strip());
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
		auditLog.record("CASE_CONTACT", CaseService.subject(caseNo), channel + " " + party + " " + date);
	}

	/** A note for staff and the lawyer only, or a reply the worker sees on their request's page. */
	public void write(PortalUser user, String caseNo, EntryKind kind, String text) {
		if (kind == EntryKind.CONTACT) {
			throw new IllegalArgumentException("contacts are recorded with recordContact");
		}
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		entries.save(CaseEntry.written(legalCase.getId(), kind, text, user.getUsername(), clock.instant(),
				LocalDate.now(clock)));
		if (kind == EntryKind.PUBLIC_REPLY) {
			requests.replyForCase(legalCase.getRequestId(), text);
		}
		cases.worked(legalCase, user, kind == EntryKind.PUBLIC_REPLY);
		auditLog.record(kind == EntryKind.NOTE ? "CASE_NOTE" : "CASE_PUBLIC_REPLY", CaseService.subject(caseNo), null);
	}

	/**
	 * Adds a document, checked and stripped like evidence. The same file twice is refused, and so
	 * is the {@value #MAX_ATTACHMENTS}th and later.
	 */
	public AttachmentView attach(PortalUser user, String caseNo, MultipartFile file) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		if (attachments.countByCaseId(legalCase.getId()) >= MAX_ATTACHMENTS) {
			throw new RuleViolationException("file", "attachment.tooMany");
		}
		EvidenceIntake.StoredFile stored;
		try {
			stored = files.store(file);
		}
		catch (InvalidEvidenceException ex) {
			throw new RuleViolationException("file", ex.getCode());
		}
		if (attachments.existsByCaseIdAndSha256(legalCase.getId(), stored.sha256())) {
			// The stored copy is removed when this rolls back.
			throw new RuleViolationException("file", "attachment.duplicate");
		}
		CaseAttachment attachment = attachments.save(new CaseAttachment(legalCase.getId(), stored, user.getUsername(),
				clock.instant()));
		cases.worked(legalCase, user, false);
		auditLog.record("CASE_ATTACHMENT", CaseService.subject(caseNo), stored.name());
		return attachment.toView();
	}

	/** A document of a case the user may see; empty when it is not that case's. */
	@Transactional(readOnly = true)
	public Optional<AttachmentView> attachment(PortalUser user, String caseNo, long attachmentId) {
		LegalCase legalCase = cases.load(user, caseNo);
		return attachments.findById(attachmentId)
			.filter(attachment -> attachment.getCaseId() == legalCase.getId())
			.map(CaseAttachment::toView);
	}

	/** The bytes of a document found by {@link #attachment}. */
	@Transactional(readOnly = true)
	public InputStream open(PortalUser user, String caseNo, long attachmentId) throws IOException {
		LegalCase legalCase = cases.load(user, caseNo);
		CaseAttachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.getCaseId() == legalCase.getId())
			.orElseThrow(() -> new CaseNotFoundException(caseNo));
		return files.open(attachment.getStoredName());
	}

}
