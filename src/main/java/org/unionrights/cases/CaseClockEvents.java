package org.unionrights.cases;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseClockEvents extends JpaRepository<CaseClockEvent, Long> {

	List<CaseClockEvent> findByCaseIdOrderByEventDateAscIdAsc(long caseId);

	List<CaseClockEvent> findByCaseIdIn(Collection<Long> caseIds);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@org.springframework.data.jpa.repository.Query("delete from CaseClockEvent e where e.stepId = :stepId")
	void deleteByStepId(long stepId);

}
