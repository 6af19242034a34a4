package org.unionrights.enterprises;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unionrights.files.FileView;
import org.unionrights.files.StoredFile;

/**
 * The signed document of a collective contract: one, checked and stored like evidence.
 */
@Entity
@Table(name = "contract_document")
class ContractDocument {

	@Id
	@Column(name = "contract_id")
	private Long contractId;

	@Embedded
	private StoredFile file;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected ContractDocument() {
	}

	ContractDocument(long contractId, StoredFile file, String uploadedBy, Instant uploadedAt) {
		this.contractId = contractId;
		this.file = file;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	FileView toView() {
		return file.view(contractId, uploadedBy, uploadedAt);
	}

	StoredFile getFile() {
		return file;
	}

}
