package org.unionrights.cases;

import org.springframework.data.jpa.domain.Specification;
import org.unionrights.security.Scope;

/**
 * What a user's {@link Scope} means for cases: city staff every case, a county officer their
 * county's, a lawyer the cases assigned to them, anyone else none.
 */
final class CaseScope {

	private CaseScope() {
	}

	/** The cases of the scope, for a query. */
	static Specification<LegalCase> of(Scope scope) {
		return scope.fold(() -> (legalCase, query, builder) -> builder.conjunction(),
				countyId -> (legalCase, query, builder) -> builder.equal(legalCase.get("countyId"), countyId),
				lawyerAccountId -> (legalCase, query, builder) -> builder.equal(legalCase.get("lawyerAccountId"),
						lawyerAccountId),
				() -> (legalCase, query, builder) -> builder.disjunction());
	}

	/** Whether the case lies in the scope. */
	static boolean allows(Scope scope, LegalCase legalCase) {
		return scope.fold(() -> true, countyId -> legalCase.getCountyId() == countyId,
				lawyerAccountId -> legalCase.getLawyerAccountId() == lawyerAccountId, () -> false);
	}

	/**
	 * The same for the roll-ups written in SQL over {@code legal_case c}: a condition and its one
	 * parameter, {@code :scope}.
	 */
	record Sql(String condition, long parameter) {

		static Sql of(Scope scope) {
			return scope.fold(() -> new Sql("true", 0), countyId -> new Sql("c.county_id = :scope", countyId),
					lawyerAccountId -> new Sql("c.lawyer_account_id = :scope", lawyerAccountId),
					() -> new Sql("false", 0));
		}

	}

}
