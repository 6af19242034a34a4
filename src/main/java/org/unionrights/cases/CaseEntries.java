package org.unionrights.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEntries extends JpaRepository<CaseEntry, Long> {

	List<CaseEntry> findByCaseIdOrderByRecordedAtDescIdDesc(long caseId);

}
