package org.unionrights.common;

/**
 * Personal numbers as lists and worker pages show them: enough to recognise, not to use.
 */
public final class Masking {

	private Masking() {
	}

	/** {@code 13800138000} → {@code 138****8000}. */
	public static String mobile(String mobile) {
		if (mobile == null || mobile.length() < 7) {
			return mobile == null ? null : "****";
		}
		return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
	}

	/** {@code 11010519491231002X} → {@code 110105********002X}. */
	public static String idNumber(String id) {
		if (id == null || id.length() < 10) {
			return id == null ? null : "****";
		}
		return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
	}

}
