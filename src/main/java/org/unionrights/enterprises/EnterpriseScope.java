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

	static Specification<Enterprise> of(Scope scope) {
		return scope.fold(() -> (enterprise, query, builder) -> builder.conjunction(),
				countyId -> (enterprise, query, builder) -> builder.equal(enterprise.get("countyId"), countyId),
				lawyer -> (enterprise, query, builder) -> builder.disjunction(),
				() -> (enterprise, query, builder) -> builder.disjunction());
	}

	static boolean allows(Scope scope, long countyId) {
		return scope.fold(() -> true, county -> county == countyId, lawyer -> false, () -> false);
	}

}
