package org.unionrights.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.unionrights.intake.EvidenceIntake;

/**
 * A document on a case (an agreement, an award, a receipt). The bytes are in the file store.
 */
@Entity
@Immutable
@Table(name = "case_attachment")
class CaseAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "stored_name")
	private String storedName;

	@Column(name = "original_name")
	private String originalName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected CaseAttachment() {
	}

	CaseAttachment(long caseId, EvidenceIntake.StoredFile file, String uploadedBy, Instant uploadedAt) {
		this.caseId = caseId;
		this.storedName = file.storedName();
		this.originalName = file.name();
		this.contentType = file.type().contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	long getCaseId() {
		return caseId;
	}

	String getStoredName() {
		return storedName;
	}

	AttachmentView toView() {
		return new AttachmentView(id, originalName, contentType, sizeBytes, uploadedBy, uploadedAt);
	}

}
