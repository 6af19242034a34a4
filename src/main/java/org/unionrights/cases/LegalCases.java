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

	long countByLawyerAccountIdAndStatus(long lawyerAccountId, CaseStatus status);

	long countByCountyIdAndStatus(long countyId, CaseStatus status);

	long countByStatus(CaseStatus status);

	/** Someone worked on the case: its service clock starts again (no version, no version check). */
	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@Query("update LegalCase c set c.lastActivityAt = :now,"
			+ " c.chasedAt = case when :answersChase = true then null else c.chasedAt end,"
			+ " c.escalatedAt = case when :answersEscalation = true then null else c.escalatedAt end,"
			+ " c.workerContactAt = case when :workerContacted = true and c.workerContactAt is null then :now"
			+ " else c.workerContactAt end where c.id = :id")
	void touch(long id, java.time.Instant now, boolean answersChase, boolean answersEscalation, boolean workerContacted);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@Query("update LegalCase c set c.chasedAt = :now where c.id in :ids and c.chasedAt is null")
	int chase(java.util.Collection<Long> ids, java.time.Instant now);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@Query("update LegalCase c set c.escalatedAt = :now where c.id in :ids and c.escalatedAt is null")
	int escalate(java.util.Collection<Long> ids, java.time.Instant now);

	/** Open cases, not chased, opened before the cut-off without a contact with the worker. */
	@Query("select c from LegalCase c where c.status = org.unionrights.cases.CaseStatus.OPEN and c.chasedAt is null"
			+ " and c.workerContactAt is null and c.openedAt < :before order by c.id")
	java.util.List<LegalCase> findUncontacted(java.time.Instant before);

	/** Open cases without recorded work since the cut-off and not yet chased. */
	@Query("select c from LegalCase c where c.status = org.unionrights.cases.CaseStatus.OPEN and c.chasedAt is null"
			+ " and c.lastActivityAt < :before order by c.id")
	java.util.List<LegalCase> findIdle(java.time.Instant before);

	/** Open cases chased before the cut-off and still neither answered nor escalated. */
	@Query("select c from LegalCase c where c.status = org.unionrights.cases.CaseStatus.OPEN and c.escalatedAt is null"
			+ " and c.chasedAt < :before order by c.id")
	java.util.List<LegalCase> findChaseUnanswered(java.time.Instant before);

	@Query("select count(c) from LegalCase c where c.status = org.unionrights.cases.CaseStatus.OPEN"
			+ " and c.escalatedAt is not null and (:county is null or c.countyId = :county)")
	long countEscalated(Long county);

	/** A page of the cases the user may see, filtered by the service clock's flags. */
	@Query("select c from LegalCase c where (:county is null or c.countyId = :county)"
			+ " and (:lawyer is null or c.lawyerAccountId = :lawyer)"
			+ " and (:escalated = false or (c.escalatedAt is not null and c.status = org.unionrights.cases.CaseStatus.OPEN))"
			+ " and (:chased = false or (c.chasedAt is not null and c.status = org.unionrights.cases.CaseStatus.OPEN))"
			+ " order by c.openedAt desc, c.id desc")
	Page<LegalCase> findScoped(Long county, Long lawyer, boolean chased, boolean escalated, Pageable pageable);

}
