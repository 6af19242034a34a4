package org.unionrights.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

	Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

	Page<AuditEvent> findBySubjectOrderByOccurredAtDescIdDesc(String subject, Pageable pageable);

	Page<AuditEvent> findByActionInOrderByOccurredAtDescIdDesc(java.util.Collection<String> actions, Pageable pageable);

}
