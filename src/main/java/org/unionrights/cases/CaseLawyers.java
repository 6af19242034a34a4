package org.unionrights.cases;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.intake.CaseHandlers;

/**
 * Tells intake which lawyer carries the case of a request, so that a lawyer reads the request of
 * their own case and of no other.
 */
@Component
class CaseLawyers implements CaseHandlers {

	private final LegalCases cases;

	CaseLawyers(LegalCases cases) {
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean handles(long lawyerAccountId, long requestId) {
		return cases.existsByRequestIdAndLawyerAccountId(requestId, lawyerAccountId);
	}

}
