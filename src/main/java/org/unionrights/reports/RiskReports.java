package org.unionrights.reports;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RiskReports extends JpaRepository<RiskReport, Long> {

	@Query("""
			select r from RiskReport r where r.countyId in :counties
			   and (:open is null or (:open = true and r.closedOn is null) or (:open = false and r.closedOn is not null))
			   and (:level is null or r.level = :level)
			 order by case when r.seenAt is null then 0 else 1 end, r.reportedAt desc""")
	Page<RiskReport> find(Collection<Long> counties, Boolean open, RiskLevel level, Pageable pageable);

	/** The risk, its version raised when the transaction ends: a step added changes it, so a form sent twice is stale. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	java.util.Optional<RiskReport> findForUpdateById(Long id);

	/** Marks it seen by the city, once, without changing its version (an open form stays valid). */
	@org.springframework.data.jpa.repository.Modifying
	@Query("update RiskReport r set r.seenAt = :at, r.seenBy = :by where r.id = :id and r.seenAt is null")
	int markSeen(long id, String by, java.time.Instant at);

	long countByCountyIdInAndSeenAtIsNull(Collection<Long> counties);

	@Query(value = "select nextval('risk_report_number_seq')", nativeQuery = true)
	long nextNumber();

}
