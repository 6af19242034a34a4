package org.unionrights.cases;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.RuleViolationException;
import org.unionrights.files.CheckedFile;
import org.unionrights.files.FileView;
import org.unionrights.files.InvalidFileException;
import org.unionrights.files.StoredFiles;
import org.unionrights.intake.StaffRequests;
import org.unionrights.security.PortalUser;

/**
 * A case's documents (agreements, awards, receipts): checked and stored by the files module, at
 * most {@value #MAX_ATTACHMENTS} a case, each once, and served only through their own case.
 */
@Service
@Transactional
public class CaseDocuments {

	/** The most documents a case keeps. */
	public static final int MAX_ATTACHMENTS = 30;

	private final CaseService cases;

	private final CaseAttachments attachments;

	private final StoredFiles files;

	private final StaffRequests requests;

	private final AuditLog auditLog;

	private final Clock clock;

	CaseDocuments(CaseService cases, CaseAttachments attachments, StoredFiles files, StaffRequests requests,
			AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.requests = requests;
		this.attachments = attachments;
		this.files = files;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FileView> list(PortalUser user, String caseNo) {
		LegalCase legalCase = cases.load(user, caseNo);
		return attachments.findByCaseIdOrderByIdAsc(legalCase.getId()).stream().map(CaseAttachment::toView).toList();
	}

	/**
	 * Adds a document to an open case. A refusal names the file ({@code file}'s message keys take
	 * its name): not a photo or PDF, too large, the same file twice, or one too many.
	 */
	public FileView attach(PortalUser user, String caseNo, MultipartFile file) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			throw new RuleViolationException("file", "attachment.choose");
		}
		if (attachments.countByCaseId(legalCase.getId()) >= MAX_ATTACHMENTS) {
			throw new RuleViolationException("file", "attachment.tooMany");
		}
		CheckedFile checked;
		try {
			checked = files.check(file);
		}
		catch (InvalidFileException ex) {
			throw new RuleViolationException("file", ex.getCode());
		}
		if (attachments.existsByCaseIdAndFileSha256(legalCase.getId(), checked.sha256())) {
			throw new RuleViolationException("file", "attachment.duplicate");
		}
		CaseAttachment attachment;
		try {
			attachment = attachments.save(new CaseAttachment(legalCase.getId(), files.store(checked),
					user.getUsername(), clock.instant()));
		}
		catch (InvalidFileException ex) {
			throw new RuleViolationException("file", ex.getCode());
		}
		cases.worked(legalCase, user, false);
		auditLog.record("CASE_ATTACHMENT", CaseService.subject(caseNo), checked.name());
		return attachment.toView();
	}

	/** A document of the case and its bytes; a 404 when it is not that case's. */
	@Transactional(readOnly = true)
	public Document open(PortalUser user, String caseNo, long attachmentId) throws IOException {
		LegalCase legalCase = cases.load(user, caseNo);
		CaseAttachment attachment = attachments.findById(attachmentId)
			.filter(found -> found.getCaseId() == legalCase.getId())
			.orElseThrow(() -> new CaseNotFoundException(caseNo));
		return new Document(attachment.toView(), files.open(attachment.getFile()));
	}

	/**
	 * A file the worker sent, with the form or later, to the request of the case, and its bytes;
	 * read through intake within the user's scope (a lawyer their own case's). A 404 when it is not
	 * that request's.
	 */
	@Transactional(readOnly = true)
	public Document openWorkerEvidence(PortalUser user, String caseNo, long evidenceId) throws IOException {
		LegalCase legalCase = cases.load(user, caseNo);
		StaffRequests.EvidenceFile file = requests.evidence(user, legalCase.getTrackingNo(), evidenceId)
			.orElseThrow(() -> new CaseNotFoundException(caseNo));
		return new Document(file.view(), requests.open(file));
	}

	/** A document and its bytes, to send. */
	public record Document(FileView view, InputStream content) {
	}

}
