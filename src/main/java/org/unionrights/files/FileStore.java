package org.unionrights.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bytes of stored files, in a folder outside the database and outside anything served as
 * static content, under names the server makes up. Files are written to a temporary name first
 * and moved into place, so a half-written file never carries a real name.
 */
@Component
class FileStore {

	private final Path root;

	FileStore(@Value("${portal.storage.dir}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** Stores the content and returns its new name. */
	String save(byte[] content) {
		String name = UUID.randomUUID().toString().replace("-", "");
		Path target = path(name);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a file", ex);
		}
	}

	InputStream open(String name) throws IOException {
		return Files.newInputStream(path(name));
	}

	boolean exists(String name) {
		return Files.exists(path(name));
	}

	void delete(String name) {
		try {
			Files.deleteIfExists(path(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete a file", ex);
		}
	}

	private Path path(String name) {
		if (!name.matches("^[0-9a-f]{32}$")) {
			throw new IllegalArgumentException("not a stored name");
		}
		return root.resolve(name.substring(0, 2)).resolve(name);
	}

}
