package org.unionrights.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAttachments extends JpaRepository<CaseAttachment, Long> {

	List<CaseAttachment> findByCaseIdOrderByIdAsc(long caseId);

	boolean existsByCaseIdAndFileSha256(long caseId, String sha256);

	long countByCaseId(long caseId);

}
