package org.unionrights.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unionrights.files.FileView;
import org.unionrights.files.StoredFile;

/**
 * One evidence file: a photo or a PDF. It belongs to a request, or, while the form it came with
 * still has errors, waits under the form's draft token.
 */
@Entity
@Table(name = "evidence_file")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id")
	private Long requestId;

	@Column(name = "draft_token")
	private String draftToken;

	@Embedded
	private StoredFile file;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected Evidence() {
	}

	Evidence(Long requestId, String draftToken, StoredFile file, String uploadedBy, Instant uploadedAt) {
		this.requestId = requestId;
		this.draftToken = draftToken;
		this.file = file;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	void attachTo(long requestId) {
		this.requestId = requestId;
		this.draftToken = null;
	}

	FileView toView() {
		return file.view(id, uploadedBy, uploadedAt);
	}

	boolean belongsTo(long requestId) {
		return this.requestId != null && this.requestId == requestId;
	}

	Long getId() {
		return id;
	}

	StoredFile getFile() {
		return file;
	}

}
