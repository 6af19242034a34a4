package org.unionrights.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.unionrights.common.Masking;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

	Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

	Page<AuditEvent> findBySubjectOrderByOccurredAtDescIdDesc(String subject, Pageable pageable);

	/** Blanks mobiles and ID numbers in a subject's details (the plain and the structured ones). */
	@Modifying
	@Query(value = "update audit_event set detail = " + Masking.BLANK_NUMBERS_BEFORE + "detail"
			+ Masking.BLANK_NUMBERS_AFTER + ", detail_args = case when detail_args is null then null else "
			+ "array(select " + Masking.BLANK_NUMBERS_BEFORE + "a" + Masking.BLANK_NUMBERS_AFTER
			+ " from unnest(detail_args) with ordinality as t(a, n) order by n) end where subject = :subject",
			nativeQuery = true)
	int blankNumbers(String subject);

	/** A rating's comment is the worker's own words: only the score stays. */
	@Modifying
	@Query(value = "update audit_event set detail_key = 'audit.detail.label', detail_args = detail_args[1:1] "
			+ "where subject = :subject and action = 'CASE_RATED' and detail_key = 'audit.detail.labelAndText'",
			nativeQuery = true)
	int dropWorkersWords(String subject);

	Page<AuditEvent> findByActionInOrderByOccurredAtDescIdDesc(java.util.Collection<String> actions, Pageable pageable);

}
