package org.unionrights.files;

import java.util.Optional;

/**
 * The kinds of file the portal takes (photos and PDFs), recognised by their first bytes, never by name.
 */
enum FileType {

	JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private final String contentType;

	FileType(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return contentType;
	}

	static Optional<FileType> sniff(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
