package org.unionrights.intake;

import java.security.SecureRandom;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The worker's query code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * shown as {@code ABCD-EFGH}, stored only as a salted PBKDF2 hash.
 */
@Component
class QueryCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	private final SecureRandom random = new SecureRandom();

	private final PasswordEncoder encoder = new Pbkdf2PasswordEncoder("", 16, 20_000,
			Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);

	/** Spent on unknown tracking numbers so that they answer as slowly as wrong codes. */
	private final String decoy = encoder.encode("DECOYCOD");

	String generate() {
		StringBuilder code = new StringBuilder(LENGTH + 1);
		for (int i = 0; i < LENGTH; i++) {
			if (i == LENGTH / 2) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	String hash(String code) {
		return encoder.encode(normalize(code));
	}

	boolean matches(String typed, String hash) {
		String normalized = normalize(typed);
		if (normalized.length() != LENGTH) {
			encoder.matches(normalized, decoy);
			return false;
		}
		return encoder.matches(normalized, hash);
	}

	/** Takes the time a real check takes, and fails. */
	void spendDecoyCheck(String typed) {
		encoder.matches(normalize(typed), decoy);
	}

	/** Upper case, without the dash, spaces or anything else people add. */
	static String normalize(String code) {
		return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

}
