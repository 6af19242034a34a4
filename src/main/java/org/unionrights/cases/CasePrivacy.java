package org.unionrights.cases;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.Masking;
import org.unionrights.intake.PersonalDataRemoved;

/**
 * When a finished request loses its personal data, its case's copies go in the same transaction:
 * the worker's and roster's names leave the case's search text, payment lines no longer name a
 * worker, the rating comment goes, and mobiles and ID numbers written into notes, the contact log,
 * steps, clock events, payment and void reasons, the closing, reopening and follow-up notes and
 * the case's audit log are blanked (the rating's comment there is dropped). The case's
 * figures (amounts, dates, outcome) and its documents, the union's legal record, stay.
 */
@Component
class CasePrivacy {

	private static final String OF_THE_REQUEST = " where case_id in (select id from legal_case where request_id = ?)";

	private final JdbcTemplate jdbc;

	private final AuditLog auditLog;

	CasePrivacy(JdbcTemplate jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	@EventListener
	void on(PersonalDataRemoved removed) {
		long request = removed.requestId();
		jdbc.update("update legal_case set search_text = lower(case_no || ' ' || coalesce(tracking_no, '') || ' ' || "
				+ "coalesce(employer_name, '')), rating_comment = null, closing_note = " + blank("closing_note")
				+ ", follow_up_note = " + blank("follow_up_note") + ", reopen_reason = " + blank("reopen_reason")
				+ ", version = version + 1 where request_id = ?", request);
		jdbc.update("update case_payment set worker_name = null, note = " + blank("note") + ", over_reason = "
				+ blank("over_reason") + ", void_reason = " + blank("void_reason") + OF_THE_REQUEST, request);
		jdbc.update("update case_entry set text = " + blank("text") + OF_THE_REQUEST, request);
		jdbc.update("update case_step set note = " + blank("note") + ", void_reason = " + blank("void_reason")
				+ OF_THE_REQUEST, request);
		jdbc.update("update case_clock_event set note = " + blank("note") + OF_THE_REQUEST, request);
		jdbc.queryForList("select case_no from legal_case where request_id = ?", String.class, request)
			.forEach(caseNo -> auditLog.forgetPersonalData(CaseService.subject(caseNo)));
	}

	private static String blank(String column) {
		return Masking.blankNumbersSql(column);
	}

}
