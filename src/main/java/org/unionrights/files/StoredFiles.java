package org.unionrights.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files module's door: checks a file sent (at most {@value #MAX_BYTES} bytes, JPEG, PNG or
 * PDF by its content, photos stripped of location and other metadata), stores it under a
 * server-made name outside the database and anything served as static content, opens it, and
 * deletes it. A file stored in a transaction that rolls back is deleted again.
 */
@Service
public class StoredFiles {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

	private final FileStore store;

	StoredFiles(FileStore store) {
		this.store = store;
	}

	/**
	 * Checks a file as a browser sent it and cleans it.
	 * @throws InvalidFileException when it is empty, too large, unreadable or not a photo or PDF
	 */
	public CheckedFile check(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidFileException("file.empty");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new InvalidFileException("file.tooLarge");
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new InvalidFileException("file.unreadable");
		}
		FileType type = FileType.sniff(content).orElseThrow(() -> new InvalidFileException("file.type"));
		byte[] clean = PhotoMetadata.strip(type, content);
		return new CheckedFile(displayName(file.getOriginalFilename()), type, clean, sha256(clean));
	}

	/**
	 * Stores a checked file; its bytes are removed again if the caller's transaction rolls back.
	 * @throws InvalidFileException when the store cannot write it
	 */
	public StoredFile store(CheckedFile file) {
		String storedName;
		try {
			storedName = store.save(file.content());
		}
		catch (UncheckedIOException ex) {
			log.error("Could not store a file", ex);
			throw new InvalidFileException("file.storeFailed");
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						store.delete(storedName);
					}
				}
			});
		}
		return new StoredFile(storedName, file);
	}

	/** The bytes of a stored file. */
	public InputStream open(StoredFile file) throws IOException {
		return store.open(file.getStoredName());
	}

	/** Deletes the bytes once the caller's transaction commits (at once outside one). */
	public void delete(StoredFile file) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			store.delete(file.getStoredName());
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				store.delete(file.getStoredName());
			}
		});
	}

	/** The name as the phone gave it, without any path, control characters or excess. */
	public static String displayName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>\"]", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 120 ? name.substring(name.length() - 120) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
