package org.unionrights.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file kept in the store, as the record that owns it (a worker's evidence, a case's document)
 * embeds it: the server-made name of its bytes, the name it came with, its type, size and
 * SHA-256. Made only by {@link StoredFiles#store}; its bytes are read with
 * {@link StoredFiles#open}.
 */
@Embeddable
public class StoredFile {

	@Column(name = "stored_name")
	private String storedName;

	@Column(name = "original_name")
	private String name;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	protected StoredFile() {
	}

	StoredFile(String storedName, CheckedFile file) {
		this.storedName = storedName;
		this.name = file.name();
		this.contentType = file.type().contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
	}

	/** The file as pages list it, with the id of its owner's record and who uploaded it when. */
	public FileView view(long id, String uploadedBy, Instant uploadedAt) {
		return new FileView(id, name, contentType, sizeBytes, uploadedBy, uploadedAt);
	}

	public String getName() {
		return name;
	}

	String getStoredName() {
		return storedName;
	}

}
