package org.unionrights.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

	protected Evidence() {
	}

	Evidence(Long requestId, String draftToken, String storedName, String originalName, EvidenceType type,
			long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
		this.requestId = requestId;
		this.draftToken = draftToken;
		this.storedName = storedName;
		this.originalName = originalName;
		this.contentType = type.contentType();
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	void attachTo(long requestId) {
		this.requestId = requestId;
		this.draftToken = null;
	}

	EvidenceView toView() {
		return new EvidenceView(id, originalName, contentType, sizeBytes, uploadedBy, uploadedAt);
	}

	boolean belongsTo(long requestId) {
		return this.requestId != null && this.requestId == requestId;
	}

	Long getId() {
		return id;
	}

	String getStoredName() {
		return storedName;
	}

}
