package org.unionrights.reports;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskSteps extends JpaRepository<RiskStep, Long> {

	List<RiskStep> findByRiskIdOrderByStepDateAscIdAsc(long riskId);

}
