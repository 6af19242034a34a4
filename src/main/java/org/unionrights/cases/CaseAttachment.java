package org.unionrights.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.unionrights.files.FileView;
import org.unionrights.files.StoredFile;

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

	@Embedded
	private StoredFile file;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected CaseAttachment() {
	}

	CaseAttachment(long caseId, StoredFile file, String uploadedBy, Instant uploadedAt) {
		this.caseId = caseId;
		this.file = file;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	long getCaseId() {
		return caseId;
	}

	StoredFile getFile() {
		return file;
	}

	FileView toView() {
		return file.view(id, uploadedBy, uploadedAt);
	}

}
