package org.unionrights.reports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonthlyReports extends JpaRepository<MonthlyReport, Long> {

	Optional<MonthlyReport> findByCountyIdAndMonth(long countyId, LocalDate month);

	List<MonthlyReport> findByMonthAndCountyIdIn(LocalDate month, Collection<Long> counties);

	Page<MonthlyReport> findByCountyIdInOrderByMonthDescCountyIdAsc(Collection<Long> counties, Pageable pageable);

	Page<MonthlyReport> findByCountyIdInAndStatusOrderByMonthDescCountyIdAsc(Collection<Long> counties,
			ReportStatus status, Pageable pageable);

	List<MonthlyReport> findByCountyIdInAndStatusInAndMonthLessThanOrderByMonthAscCountyIdAsc(Collection<Long> counties,
			Collection<ReportStatus> statuses, LocalDate before);

	long countByCountyIdInAndStatus(Collection<Long> counties, ReportStatus status);

}
