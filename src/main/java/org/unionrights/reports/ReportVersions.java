package org.unionrights.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportVersions extends JpaRepository<ReportVersion, Long> {

	List<ReportVersion> findByReportIdOrderByNumberDesc(long reportId);

	Optional<ReportVersion> findByReportIdAndNumber(long reportId, int number);

	long countByReportId(long reportId);

}
