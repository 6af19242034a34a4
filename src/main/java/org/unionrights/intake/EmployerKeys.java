package org.unionrights.intake;

/**
 * The key that recognises the same employer however it was typed, as requests and cases carry
 * it: {@code code:<credit code>} when known, else {@code name:<the name without spaces and
 * punctuation>}.
 */
public final class EmployerKeys {

	private EmployerKeys() {
	}

	public static String of(String name, String creditCode) {
		return Employer.key(name, creditCode);
	}

}
