package org.unionrights.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseSteps extends JpaRepository<CaseStep, Long> {

	List<CaseStep> findByCaseIdOrderByIdAsc(long caseId);

}
