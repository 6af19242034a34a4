package org.unionrights.cases;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegalCases extends JpaRepository<LegalCase, Long> {

	Optional<LegalCase> findByCaseNo(String caseNo);

	Optional<LegalCase> findByRequestId(long requestId);

	java.util.List<LegalCase> findByCaseNoIn(java.util.Collection<String> caseNos);

	@Query(value = "select nextval('legal_case_number_seq')", nativeQuery = true)
	long nextNumber();

	Page<LegalCase> findByLawyerAccountIdOrderByOpenedAtDesc(long lawyerAccountId, Pageable pageable);

	Page<LegalCase> findByCountyIdOrderByOpenedAtDesc(long countyId, Pageable pageable);

	Page<LegalCase> findAllByOrderByOpenedAtDesc(Pageable pageable);

	long countByLawyerAccountIdAndStatus(long lawyerAccountId, CaseStatus status);

	long countByCountyIdAndStatus(long countyId, CaseStatus status);

	long countByStatus(CaseStatus status);

}
