package org.unionrights.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.unionrights.security.Scope;

interface LegalCases extends JpaRepository<LegalCase, Long>, JpaSpecificationExecutor<LegalCase> {

	/** Newest first, the order of every case list. */
	Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "openedAt", "id");

	/** A page of the cases in the scope that {@code narrowedBy} finds, newest first. */
	default Page<LegalCase> findAll(Scope scope, Specification<LegalCase> narrowedBy, Pageable pageable) {
		return findAll(CaseScope.of(scope).and(narrowedBy),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST));
	}

	/** How many cases in the scope {@code narrowedBy} finds. */
	default long count(Scope scope, Specification<LegalCase> narrowedBy) {
		return count(CaseScope.of(scope).and(narrowedBy));
	}

	Optional<LegalCase> findByRequestId(long requestId);

	/** The case's row, locked until the transaction ends: two payments at once are checked one after the other. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from LegalCase c where c.id = :id")
	Optional<LegalCase> lockById(long id);

	boolean existsByRequestIdAndLawyerAccountId(long requestId, long lawyerAccountId);

	List<LegalCase> findByCaseNoIn(Collection<String> caseNos);

	@Query(value = "select nextval('legal_case_number_seq')", nativeQuery = true)
	long nextNumber();

	/** Someone worked on the case: its service clock starts again (no version, no version check). */
	@Modifying(flushAutomatically = true)
	@Query("update LegalCase c set c.lastActivityAt = :now,"
			+ " c.chasedAt = case when :answersChase = true then null else c.chasedAt end,"
			+ " c.escalatedAt = case when :answersEscalation = true then null else c.escalatedAt end,"
			+ " c.workerContactAt = case when :workerContacted = true and c.workerContactAt is null then :now"
			+ " else c.workerContactAt end where c.id = :id")
	void touch(long id, Instant now, boolean answersChase, boolean answersEscalation, boolean workerContacted);

	/** The worker wrote: the case is marked until someone on it reads or replies (the first unread is kept). */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query(value = "update legal_case set worker_message_at = coalesce(worker_message_at, :at) where request_id = :requestId",
			nativeQuery = true)
	int markWorkerMessage(long requestId, Instant at);

	@Modifying(flushAutomatically = true)
	@Query(value = "update legal_case set worker_message_at = null where id = :id and worker_message_at is not null",
			nativeQuery = true)
	int clearWorkerMessage(long id);

	@Modifying(flushAutomatically = true)
	@Query("update LegalCase c set c.chasedAt = :now where c.id in :ids and c.chasedAt is null")
	int chase(Collection<Long> ids, Instant now);

	@Modifying(flushAutomatically = true)
	@Query("update LegalCase c set c.escalatedAt = :now where c.id in :ids and c.escalatedAt is null")
	int escalate(Collection<Long> ids, Instant now);

	/** Open cases, not chased, opened before the cut-off without a contact with the worker. */
	@Query("select c from LegalCase c where c.status = org.unionrights.cases.CaseStatus.OPEN and c.chasedAt is null"
			+ " and c.workerContactAt is null and c.openedAt < :before order by c.id")
	List<LegalCase> findUncontacted(Instant before);

	/** Open cases without recorded work since the cut-off and not yet chased. */
	@Query("select c from LegalCase c where c.status = org.unionrights.cases.CaseStatus.OPEN and c.chasedAt is null"
			+ " and c.lastActivityAt < :before order by c.id")
	List<LegalCase> findIdle(Instant before);

	/** Open cases chased before the cut-off and still neither answered nor escalated. */
	@Query("select c from LegalCase c where c.status = org.unionrights.cases.CaseStatus.OPEN and c.escalatedAt is null"
			+ " and c.chasedAt < :before order by c.id")
	List<LegalCase> findChaseUnanswered(Instant before);

	/** Demo data only: a case opened and last worked on earlier than now, for the service clock to show. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update LegalCase c set c.openedAt = :at, c.lastActivityAt = :at where c.caseNo = :caseNo")
	int backdateOpened(String caseNo, Instant at);

	/** Demo data only: a case chased earlier than now. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update LegalCase c set c.chasedAt = :at where c.caseNo = :caseNo and c.chasedAt is not null")
	int backdateChase(String caseNo, Instant at);

}
