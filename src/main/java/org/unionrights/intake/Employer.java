package org.unionrights.intake;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.unionrights.common.Texts;

/**
 * Whom a request is about: the employer's name as the worker wrote it, its unified social credit
 * code when known, and the key that recognises the same employer however it was typed.
 */
@Embeddable
class Employer {

	@Column(name = "employer_name")
	private String name;

	@Column(name = "employer_credit_code")
	private String creditCode;

	@Column(name = "employer_key")
	private String key;

	protected Employer() {
	}

	Employer(String name, String creditCode) {
		this.name = name.strip();
		this.creditCode = Texts.blankToNull(creditCode);
		this.key = key(this.name, this.creditCode);
	}

	/**
	 * The same employer, however it was typed: its credit code when known, else its name without
	 * spaces and punctuation.
	 */
	static String key(String name, String creditCode) {
		if (creditCode != null && !creditCode.isBlank()) {
			return "code:" + creditCode.strip().toUpperCase(Locale.ROOT);
		}
		String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}（）()“”\"·、，。]", "");
		return "name:" + (normalized.length() > 110 ? normalized.substring(0, 110) : normalized);
	}

	String getName() {
		return name;
	}

	String getCreditCode() {
		return creditCode;
	}

	String getKey() {
		return key;
	}

}
