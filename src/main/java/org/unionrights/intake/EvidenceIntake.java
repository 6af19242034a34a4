package org.unionrights.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes evidence files in: at most {@value #MAX_BYTES} bytes each, JPEG, PNG or PDF by their
 * content, photos stripped of location and other metadata, stored under server-made names.
 * Files sent with a form that still has errors wait under the form's draft token, so the worker
 * does not send them again on a weak signal.
 */
@Service
public class EvidenceIntake {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Files one request can hold: five with the form, more later. */
	public static final int MAX_PER_REQUEST = 15;

	public static final int MAX_WITH_FORM = 5;

	private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

	private static final Duration DRAFT_LIFETIME = Duration.ofHours(24);

	private final EvidenceFiles files;

	private final EvidenceStore store;

	private final Clock clock;

	EvidenceIntake(EvidenceFiles files, EvidenceStore store, Clock clock) {
		this.files = files;
		this.store = store;
		this.clock = clock;
	}

	/** A file that was not taken, and why (a message key). */
	public record Refused(String fileName, String code) implements java.io.Serializable {
	}

	/** What became of the files sent. */
	public record Outcome(List<EvidenceView> stored, List<Refused> refused) {
	}

	/** Files sent with the help form: kept under the draft token until the form is submitted. */
	@Transactional
	public Outcome acceptDraft(String draftToken, List<MultipartFile> sent, String uploadedBy) {
		// Two copies of one form (a double click) take their turns, so the count below holds.
		files.lockDraft(draftToken);
		int already = files.findByDraftTokenAndRequestIdIsNullOrderById(draftToken).size();
		return accept(sent, MAX_WITH_FORM - already, null, draftToken, uploadedBy);
	}

	@Transactional(readOnly = true)
	public List<EvidenceView> drafts(String draftToken) {
		return files.findByDraftTokenAndRequestIdIsNullOrderById(draftToken).stream().map(Evidence::toView).toList();
	}

	/** Files added to a request later: five at a time, fifteen in all. */
	@Transactional
	Outcome acceptForRequest(long requestId, List<MultipartFile> sent, String uploadedBy) {
		int room = Math.min(MAX_WITH_FORM, MAX_PER_REQUEST - (int) files.countByRequestId(requestId));
		return accept(sent, room, requestId, null, uploadedBy);
	}

	@Transactional
	int attachDrafts(String draftToken, long requestId) {
		List<Evidence> drafts = files.findByDraftTokenAndRequestIdIsNullOrderById(draftToken);
		drafts.forEach(evidence -> evidence.attachTo(requestId));
		return drafts.size();
	}

	@Transactional(readOnly = true)
	List<EvidenceView> ofRequest(long requestId) {
		return files.findByRequestIdOrderById(requestId).stream().map(Evidence::toView).toList();
	}

	/** Drafts whose form was never submitted are removed after a day. */
	@Scheduled(cron = "0 17 3 * * *")
	@Transactional
	public int removeAbandonedDrafts() {
		List<Evidence> abandoned = files.findByRequestIdIsNullAndUploadedAtBefore(clock.instant().minus(DRAFT_LIFETIME));
		files.deleteAll(abandoned);
		abandoned.forEach(evidence -> deleteAfterCommit(evidence.getStoredName()));
		if (!abandoned.isEmpty()) {
			log.info("Removed {} evidence files of forms never submitted", abandoned.size());
		}
		return abandoned.size();
	}

	private Outcome accept(List<MultipartFile> sent, int room, Long requestId, String draftToken, String uploadedBy) {
		List<EvidenceView> stored = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		for (MultipartFile file : sent == null ? List.<MultipartFile>of() : sent) {
			if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
				continue; // a file input left empty
			}
			String name = displayName(file.getOriginalFilename());
			try {
				Cleaned cleaned = clean(file);
				if (draftToken != null && files.existsByDraftTokenAndSha256(draftToken, cleaned.sha256())) {
					continue; // sent again with the same form (a double click, a second try): kept once
				}
				if (stored.size() >= room) {
					refused.add(new Refused(name, "evidence.tooMany"));
					continue;
				}
				stored.add(save(cleaned, name, requestId, draftToken, uploadedBy).toView());
			}
			catch (InvalidEvidenceException ex) {
				refused.add(new Refused(name, ex.getCode()));
			}
		}
		return new Outcome(stored, refused);
	}

	/**
	 * A file checked and stripped like evidence and stored, for another feature to keep (a case's
	 * documents). The stored bytes are removed again if the caller's transaction rolls back.
	 */
	public record StoredFile(String storedName, String name, EvidenceType type, long size, String sha256) {
	}

	/** Checks, strips and stores one file; refused files throw {@link InvalidEvidenceException}. */
	@Transactional
	public StoredFile store(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidEvidenceException("evidence.empty");
		}
		Cleaned cleaned = clean(file);
		String storedName;
		try {
			storedName = store.save(cleaned.content());
		}
		catch (UncheckedIOException ex) {
			log.error("Could not store a file", ex);
			throw new InvalidEvidenceException("evidence.storeFailed");
		}
		deleteOnRollback(storedName);
		return new StoredFile(storedName, displayName(file.getOriginalFilename()), cleaned.type(),
				cleaned.content().length, cleaned.sha256());
	}

	/** The bytes of a file stored by {@link #store}. */
	public InputStream open(String storedName) throws IOException {
		return store.open(storedName);
	}

	/** A file checked and stripped, not yet stored. */
	private record Cleaned(EvidenceType type, byte[] content, String sha256) {
	}

	private static Cleaned clean(MultipartFile file) {
		if (file.getSize() > MAX_BYTES) {
			throw new InvalidEvidenceException("evidence.tooLarge");
		}
		if (file.getSize() == 0) {
			throw new InvalidEvidenceException("evidence.empty");
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new InvalidEvidenceException("evidence.unreadable");
		}
		EvidenceType type = EvidenceType.sniff(content).orElseThrow(() -> new InvalidEvidenceException("evidence.type"));
		byte[] clean = PhotoMetadata.strip(type, content);
		return new Cleaned(type, clean, sha256(clean));
	}

	private Evidence save(Cleaned cleaned, String name, Long requestId, String draftToken, String uploadedBy) {
		String storedName;
		try {
			storedName = store.save(cleaned.content());
		}
		catch (UncheckedIOException ex) {
			log.error("Could not store an evidence file", ex);
			throw new InvalidEvidenceException("evidence.storeFailed");
		}
		deleteOnRollback(storedName);
		return files.save(new Evidence(requestId, draftToken, storedName, name, cleaned.type(), cleaned.content().length,
				cleaned.sha256(), uploadedBy, clock.instant()));
	}

	/** The name as the worker's phone gave it, without any path, control characters or excess. */
	public static String displayName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>\"]", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 120 ? name.substring(name.length() - 120) : name;
	}

	private void deleteOnRollback(String storedName) {
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
	}

	private void deleteAfterCommit(String storedName) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				store.delete(storedName);
			}
		});
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
