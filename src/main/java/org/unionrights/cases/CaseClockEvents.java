package org.unionrights.cases;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseClockEvents extends JpaRepository<CaseClockEvent, Long> {

	List<CaseClockEvent> findByCaseIdOrderByEventDateAscIdAsc(long caseId);

	List<CaseClockEvent> findByCaseIdIn(Collection<Long> caseIds);

}
