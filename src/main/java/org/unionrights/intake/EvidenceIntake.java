package org.unionrights.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.unionrights.files.CheckedFile;
import org.unionrights.files.FileView;
import org.unionrights.files.InvalidFileException;
import org.unionrights.files.StoredFiles;

/**
 * Takes a worker's evidence in: checked and stored by the files module, at most
 * {@value #MAX_WITH_FORM} with the form and {@value #MAX_PER_REQUEST} in all. Files sent with a
 * form that still has errors wait under the form's draft token, so the worker does not send them
 * again on a weak signal.
 */
@Service
public class EvidenceIntake {

	/** Files one request can hold: five with the form, more later. */
	public static final int MAX_PER_REQUEST = 15;

	public static final int MAX_WITH_FORM = 5;

	private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

	private static final Duration DRAFT_LIFETIME = Duration.ofHours(24);

	private final EvidenceFiles evidence;

	private final StoredFiles files;

	private final Clock clock;

	EvidenceIntake(EvidenceFiles evidence, StoredFiles files, Clock clock) {
		this.evidence = evidence;
		this.files = files;
		this.clock = clock;
	}

	/** A file that was not taken, and why (a message key that takes the file's name). */
	public record Refused(String fileName, String code) implements java.io.Serializable {

		/** Files refused together for one reason (too many uploads from one address). */
		public static List<Refused> all(List<MultipartFile> sent, String code) {
			return sent.stream()
				.filter(file -> file != null && !file.isEmpty())
				.map(file -> new Refused(StoredFiles.displayName(file.getOriginalFilename()), code))
				.toList();
		}

	}

	/** What became of the files sent. */
	public record Outcome(List<FileView> stored, List<Refused> refused) {
	}

	/** Files sent with the help form: kept under the draft token until the form is submitted. */
	@Transactional
	public Outcome acceptDraft(String draftToken, List<MultipartFile> sent, String uploadedBy) {
		// Two copies of one form (a double click) take their turns, so the count below holds.
		evidence.lockDraft(draftToken);
		int already = evidence.findByDraftTokenAndRequestIdIsNullOrderById(draftToken).size();
		return accept(sent, MAX_WITH_FORM - already, null, draftToken, uploadedBy);
	}

	@Transactional(readOnly = true)
	public List<FileView> drafts(String draftToken) {
		return evidence.findByDraftTokenAndRequestIdIsNullOrderById(draftToken).stream().map(Evidence::toView).toList();
	}

	/** Files added to a request later: five at a time, fifteen in all. */
	@Transactional
	Outcome acceptForRequest(long requestId, List<MultipartFile> sent, String uploadedBy) {
		int room = Math.min(MAX_WITH_FORM, MAX_PER_REQUEST - (int) evidence.countByRequestId(requestId));
		return accept(sent, room, requestId, null, uploadedBy);
	}

	@Transactional
	int attachDrafts(String draftToken, long requestId) {
		List<Evidence> drafts = evidence.findByDraftTokenAndRequestIdIsNullOrderById(draftToken);
		drafts.forEach(draft -> draft.attachTo(requestId));
		return drafts.size();
	}

	@Transactional(readOnly = true)
	List<FileView> ofRequest(long requestId) {
		return evidence.findByRequestIdOrderById(requestId).stream().map(Evidence::toView).toList();
	}

	/** An evidence file of the request; empty when it is not that request's. */
	@Transactional(readOnly = true)
	Optional<StaffRequests.EvidenceFile> find(long requestId, long evidenceId) {
		return evidence.findById(evidenceId)
			.filter(found -> found.belongsTo(requestId))
			.map(found -> new StaffRequests.EvidenceFile(found.toView(), found.getFile()));
	}

	InputStream open(StaffRequests.EvidenceFile file) throws IOException {
		return files.open(file.file());
	}

	/**
	 * Drafts whose form was never submitted are removed after a day.
	 * @return how many; {@code null} when another portal instance was doing it
	 */
	@Scheduled(cron = "0 17 3 * * *")
	@SchedulerLock(name = "abandoned-drafts", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	@Transactional
	public Integer removeAbandonedDrafts() {
		List<Evidence> abandoned = evidence
			.findByRequestIdIsNullAndUploadedAtBefore(clock.instant().minus(DRAFT_LIFETIME));
		evidence.deleteAll(abandoned);
		abandoned.forEach(draft -> files.delete(draft.getFile()));
		if (!abandoned.isEmpty()) {
			log.info("Removed {} evidence files of forms never submitted", abandoned.size());
		}
		return abandoned.size();
	}

	/** Deletes a file of evidence: its row now, its bytes once the transaction commits. */
	void remove(Evidence file) {
		evidence.delete(file);
		files.delete(file.getFile());
	}

	private Outcome accept(List<MultipartFile> sent, int room, Long requestId, String draftToken, String uploadedBy) {
		List<FileView> stored = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		for (MultipartFile file : sent == null ? List.<MultipartFile>of() : sent) {
			if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
				continue; // a file input left empty
			}
			try {
				CheckedFile checked = files.check(file);
				if (draftToken != null && evidence.existsByDraftTokenAndFileSha256(draftToken, checked.sha256())) {
					continue; // sent again with the same form (a double click, a second try): kept once
				}
				if (stored.size() >= room) {
					refused.add(new Refused(checked.name(), "evidence.tooMany"));
					continue;
				}
				stored.add(evidence.save(new Evidence(requestId, draftToken, files.store(checked), uploadedBy,
						clock.instant())).toView());
			}
			catch (InvalidFileException ex) {
				refused.add(new Refused(StoredFiles.displayName(file.getOriginalFilename()), ex.getCode()));
			}
		}
		return new Outcome(stored, refused);
	}

}
