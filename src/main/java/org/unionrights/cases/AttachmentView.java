package org.unionrights.cases;

import java.time.Instant;

/**
 * A case's document as pages list it.
 */
public record AttachmentView(long id, String name, String contentType, long sizeBytes, String uploadedBy,
		Instant uploadedAt) {
}
