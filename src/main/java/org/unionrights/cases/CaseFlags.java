package org.unionrights.cases;

import org.springframework.data.jpa.domain.Specification;

/**
 * What case lists narrow by: open cases, those the service clock chased, those escalated to the
 * city. A chase or escalation of a closed case no longer calls for anyone.
 */
final class CaseFlags {

	private CaseFlags() {
	}

	static Specification<LegalCase> any() {
		return (legalCase, query, builder) -> builder.conjunction();
	}

	static Specification<LegalCase> open() {
		return (legalCase, query, builder) -> builder.equal(legalCase.get("status"), CaseStatus.OPEN);
	}

	static Specification<LegalCase> of(CaseService.Flag flag) {
		if (flag == null) {
			return any();
		}
		String mark = flag == CaseService.Flag.CHASED ? "chasedAt" : "escalatedAt";
		return open().and((legalCase, query, builder) -> builder.isNotNull(legalCase.get(mark)));
	}

}
