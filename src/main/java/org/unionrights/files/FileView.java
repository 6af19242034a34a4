package org.unionrights.files;

import java.time.Instant;

/**
 * A stored file (a worker's evidence, a case's document) as pages list it.
 */
public record FileView(long id, String name, String contentType, long sizeBytes, String uploadedBy,
		Instant uploadedAt) {

	/** The size for people: KB below a megabyte, MB above. */
	public String displaySize() {
		return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
				: String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}

}
