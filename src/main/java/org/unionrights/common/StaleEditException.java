package org.unionrights.common;

/**
 * Someone else saved the same record since the form was opened; nothing was written. Pages
 * answer with 409 and keep what the user typed.
 */
public class StaleEditException extends RuntimeException {

	private final long currentVersion;

	public StaleEditException(String what, long currentVersion) {
		super(what + " was changed by someone else (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return currentVersion;
	}

}
