package org.unionrights.intake;

import org.springframework.data.jpa.domain.Specification;
import org.unionrights.security.Scope;

/**
 * What a user's {@link Scope} means for help requests: city staff every request, a county officer
 * their county's. A lawyer reaches a request only through their case (see
 * {@link StaffRequests#view}); lists and queues of requests hold none for them.
 */
final class RequestScope {

	private RequestScope() {
	}

	/** The requests of the scope, for a query. */
	static Specification<HelpRequest> of(Scope scope) {
		return scope.fold(() -> (request, query, builder) -> builder.conjunction(),
				countyId -> (request, query, builder) -> builder.equal(request.get("countyId"), countyId),
				lawyerAccountId -> (request, query, builder) -> builder.disjunction(),
				() -> (request, query, builder) -> builder.disjunction());
	}

	/**
	 * Whether the user may open the request: at triage within their counties, or as a lawyer the
	 * request of their own case.
	 */
	static boolean allows(Scope scope, HelpRequest request, CaseHandlers handlers) {
		return scope.fold(() -> true, countyId -> request.getCountyId() == countyId,
				lawyerAccountId -> handlers.handles(lawyerAccountId, request.getId()), () -> false);
	}

	/** Whether a request in this county lies in the scope of triage (lists, counts, filing, merging). */
	static boolean coversCounty(Scope scope, long countyId) {
		return scope.fold(() -> true, county -> county == countyId, lawyerAccountId -> false, () -> false);
	}

}
