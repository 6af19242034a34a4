package org.unionrights.intake;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceFiles extends JpaRepository<Evidence, Long> {

	/** Holds the draft token's lock until the transaction ends. */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(hashtextextended(:draftToken, 7))) locked",
			nativeQuery = true)
	int lockDraft(String draftToken);

	List<Evidence> findByDraftTokenAndRequestIdIsNullOrderById(String draftToken);

	List<Evidence> findByRequestIdOrderById(long requestId);

	long countByRequestId(long requestId);

	boolean existsByDraftTokenAndFileSha256(String draftToken, String sha256);

	List<Evidence> findByRequestIdIsNullAndUploadedAtBefore(Instant before);

}
