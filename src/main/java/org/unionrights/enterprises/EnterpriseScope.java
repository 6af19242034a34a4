package org.unionrights.enterprises;

import org.springframework.data.jpa.domain.Specification;
import org.unionrights.security.Scope;

/**
 * What a user's {@link Scope} means for the registry: city staff every enterprise, a county
 * officer their county's, anyone else (a lawyer, the administrator) none.
 */
final class EnterpriseScope {

	private EnterpriseScope() {
	}

	/**
	 * The rows of the registry (enterprises, contracts, groups: each has a {@code countyId}) the
	 * scope may see.
	 */
	static <T> Specification<T> byCounty(Scope scope) {
		return scope.fold(() -> (row, query, builder) -> builder.conjunction(),
				countyId -> (row, query, builder) -> builder.equal(row.get("countyId"), countyId),
				lawyer -> (row, query, builder) -> builder.disjunction(),
				() -> (row, query, builder) -> builder.disjunction());
	}

	static boolean allows(Scope scope, long countyId) {
		return scope.fold(() -> true, county -> county == countyId, lawyer -> false, () -> false);
	}

}
