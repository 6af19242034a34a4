package org.unionrights.files;

/**
 * A file sent by a browser that passed the checks ({@link StoredFiles#check}): its name without
 * any path, its type recognised by content, and its bytes with photo metadata removed. Not yet
 * stored: the caller decides (a file already kept is not stored twice).
 */
public final class CheckedFile {

	private final String name;

	private final FileType type;

	private final byte[] content;

	private final String sha256;

	CheckedFile(String name, FileType type, byte[] content, String sha256) {
		this.name = name;
		this.type = type;
		this.content = content;
		this.sha256 = sha256;
	}

	public String name() {
		return name;
	}

	/** The SHA-256 of the cleaned bytes: the same file sent twice has the same one. */
	public String sha256() {
		return sha256;
	}

	public long size() {
		return content.length;
	}

	FileType type() {
		return type;
	}

	byte[] content() {
		return content;
	}

}
