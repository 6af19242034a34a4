package org.unionrights.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

import org.unionrights.security.Scope;

interface HelpRequests
		extends JpaRepository<HelpRequest, Long>, JpaSpecificationExecutor<HelpRequest>, QueueQueries {

	Optional<HelpRequest> findByTrackingNo(String trackingNo);

	Optional<HelpRequest> findBySubmissionToken(String submissionToken);

	/** The requests locked for update, in id order so that two merges cannot deadlock or cross. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from HelpRequest r where r.trackingNo in :trackingNos order by r.id")
	List<HelpRequest> lockByTrackingNos(java.util.Collection<String> trackingNos);

	/** Requests per status in the scope, from the roll-up table {@code request_status_count}. */
	default List<Object[]> countByStatus(Scope scope) {
		return scope.fold(this::countByStatusInCity, this::countByStatusInCounty, lawyerAccountId -> List.of(), List::of);
	}

	@Query(value = "select status, sum(n) from request_status_count group by status", nativeQuery = true)
	List<Object[]> countByStatusInCity();

	@Query(value = "select status, sum(n) from request_status_count where county_id = :countyId group by status",
			nativeQuery = true)
	List<Object[]> countByStatusInCounty(long countyId);

	/** Requests waiting for first contact, submitted before the cut-off, not yet chased. */
	@Query("select r from HelpRequest r where r.status = org.unionrights.intake.RequestStatus.SUBMITTED"
			+ " and r.firstContact.madeAt is null and r.firstContact.chasedAt is null and r.submittedAt < :before order by r.id")
	List<HelpRequest> findToChase(Instant before);

	/** Requests waiting for first contact, submitted before the second cut-off, not yet escalated. */
	@Query("select r from HelpRequest r where r.status = org.unionrights.intake.RequestStatus.SUBMITTED"
			+ " and r.firstContact.madeAt is null and r.firstContact.escalatedAt is null and r.submittedAt < :before order by r.id")
	List<HelpRequest> findToEscalate(Instant before);

	/** Staff answered the worker: the first contact, if it is the first. */
	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@Query("update HelpRequest r set r.firstContact.madeAt = :now where r.id = :id and r.firstContact.madeAt is null")
	int recordFirstContact(long id, Instant now);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@Query("update HelpRequest r set r.firstContact.chasedAt = :now where r.id in :ids and r.firstContact.chasedAt is null")
	int chase(java.util.Collection<Long> ids, Instant now);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@Query("update HelpRequest r set r.firstContact.escalatedAt = :now where r.id in :ids and r.firstContact.escalatedAt is null")
	int escalate(java.util.Collection<Long> ids, Instant now);

	@Query(value = "select nextval('help_request_number_seq')", nativeQuery = true)
	long nextNumber();

	/** Earlier requests from the same mobile about the same employer since {@code since}. */
	@Query("select r from HelpRequest r where r.worker.mobile = :mobile and r.employer.key = :employerKey "
			+ "and r.submittedAt >= :since order by r.submittedAt desc")
	List<HelpRequest> findRecentFromSameWorker(String mobile, String employerKey, Instant since, Pageable pageable);

	/** Demo data only: a request filed earlier than now, so that the service clock has something to show. */
	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update HelpRequest r set r.submittedAt = :at where r.trackingNo = :trackingNo")
	int backdate(String trackingNo, java.time.Instant at);

}
