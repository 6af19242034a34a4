package org.unionrights.intake;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFiles extends JpaRepository<Evidence, Long> {

	List<Evidence> findByDraftTokenAndRequestIdIsNullOrderById(String draftToken);

	List<Evidence> findByRequestIdOrderById(long requestId);

	long countByRequestId(long requestId);

	List<Evidence> findByRequestIdIsNullAndUploadedAtBefore(Instant before);

}
