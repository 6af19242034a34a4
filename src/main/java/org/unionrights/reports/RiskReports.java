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

	long countByCountyIdInAndSeenAtIsNull(Collection<Long> counties);

	@Query(value = "select nextval('risk_report_number_seq')", nativeQuery = true)
	long nextNumber();

}
