package org.unionrights.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secret that query-code hashes are made with. It is kept out of the database, so a copy of
 * the database alone does not let anyone test codes: either {@code portal.intake.query-code-key}
 * (Base64, at least 32 bytes; from a secret store in production) or the file
 * {@code keys/query-code.key} in the storage folder, created on first start. Without it no stored
 * code can be checked, so it is backed up with the evidence files.
 */
@Component
class QueryCodeKey {

	static final int MIN_BYTES = 32;

	private static final Logger log = LoggerFactory.getLogger(QueryCodeKey.class);

	private final byte[] bytes;

	QueryCodeKey(@Value("${portal.intake.query-code-key:}") String configured,
			@Value("${portal.storage.dir}") Path storage) {
		this.bytes = StringUtils.hasText(configured) ? decode(configured, "portal.intake.query-code-key")
				: fromFile(storage.resolve("keys").resolve("query-code.key"));
	}

	byte[] bytes() {
		return bytes.clone();
	}

	private static byte[] fromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the query-code key " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		byte[] key = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.getParent());
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		FileAttribute<?>[] ownerOnly = posix
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
		Path temporary = Files.createTempFile(file.getParent(), "query-code-", ".part", ownerOnly);
		Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
		try {
			// never over a key that another portal starting on the same folder wrote meanwhile
			Files.move(temporary, file);
			log.warn("Created the query-code key {}: back it up with the evidence files; without it no worker "
					+ "can look up a request.", file);
		}
		catch (FileAlreadyExistsException ex) {
			// the other one won; its key is read
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The query-code key in " + source + " is not Base64", ex);
		}
		if (key.length < MIN_BYTES) {
			throw new IllegalStateException("The query-code key in " + source + " has " + key.length
					+ " bytes; it needs at least " + MIN_BYTES);
		}
		return key;
	}

}
