package org.unionrights.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The worker's query code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * shown as {@code ABCD-EFGH}, stored only as {@code h1$<salt>$<HMAC-SHA256 of salt and code>} under
 * the {@link QueryCodeKey}. The key is kept outside the database, so a copy of the database alone
 * does not let anyone test a single code; the slow hash this replaced (PBKDF2, 6 ms of a core per
 * check, docs/benchmarks.md) only slowed such tests down. Hashes of that first version (salted
 * PBKDF2, plain hex) are still checked.
 */
@Component
class QueryCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	private static final String VERSION = "h1$";

	private static final int SALT_BYTES = 16;

	private static final HexFormat HEX = HexFormat.of();

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	/** Checks the hashes written before {@code h1}. */
	private final PasswordEncoder pbkdf2 = new Pbkdf2PasswordEncoder("", 16, 20_000,
			Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);

	@Autowired
	QueryCodes(QueryCodeKey key) {
		this(key.bytes());
	}

	QueryCodes(byte[] key) {
		this.key = new SecretKeySpec(key, "HmacSHA256");
	}

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
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		return VERSION + HEX.formatHex(salt) + "$" + HEX.formatHex(mac(salt, normalize(code)));
	}

	boolean matches(String typed, String hash) {
		String normalized = normalize(typed);
		if (!hash.startsWith(VERSION)) {
			return normalized.length() == LENGTH && pbkdf2.matches(normalized, hash);
		}
		String[] parts = hash.substring(VERSION.length()).split("\\$", 2);
		byte[] expected = mac(HEX.parseHex(parts[0]), normalized);
		return MessageDigest.isEqual(expected, HEX.parseHex(parts[1])) && normalized.length() == LENGTH;
	}

	/** Takes the time a real check takes, and fails. */
	void spendDecoyCheck(String typed) {
		mac(new byte[SALT_BYTES], normalize(typed));
	}

	private byte[] mac(byte[] salt, String normalizedCode) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(salt);
			return mac.doFinal(normalizedCode.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Upper case, in half-width letters (as a Chinese keyboard may type them full-width), without
	 * the dash, spaces or anything else people add.
	 */
	static String normalize(String code) {
		return code == null ? ""
				: java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFKC)
					.toUpperCase(Locale.ROOT)
					.replaceAll("[^A-Z0-9]", "");
	}

}
