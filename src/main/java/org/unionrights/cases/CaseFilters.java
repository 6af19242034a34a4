package org.unionrights.cases;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What case lists narrow by ({@link CaseFilter}), as a query. A chase, an escalation or an unread
 * message marks open cases only: on a closed case it no longer calls for anyone. A follow-up is
 * called for by the worker's rating, which comes once the case is closed.
 */
final class CaseFilters {

	private CaseFilters() {
	}

	static Specification<LegalCase> any() {
		return (legalCase, query, builder) -> builder.conjunction();
	}

	static Specification<LegalCase> open() {
		return (legalCase, query, builder) -> builder.equal(legalCase.get("status"), CaseStatus.OPEN);
	}

	static Specification<LegalCase> of(CaseFilter.Flag flag) {
		return of(CaseFilter.of(flag));
	}

	static Specification<LegalCase> of(CaseFilter filter) {
		return (legalCase, query, builder) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.search() != null) {
				String pattern = "%" + filter.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				where.add(builder.like(legalCase.get("searchText"), pattern, '\\'));
			}
			if (filter.countyId() != null) {
				where.add(builder.equal(legalCase.get("countyId"), filter.countyId()));
			}
			if (filter.teamId() != null) {
				where.add(builder.equal(legalCase.get("teamId"), filter.teamId()));
			}
			if (filter.lawyerAccountId() != null) {
				where.add(builder.equal(legalCase.get("lawyerAccountId"), filter.lawyerAccountId()));
			}
			if (filter.open() != null) {
				where.add(builder.equal(legalCase.get("status"), filter.open() ? CaseStatus.OPEN : CaseStatus.CLOSED));
			}
			if (filter.category() != null) {
				where.add(builder.equal(legalCase.get("subject").get("category"), filter.category()));
			}
			if (filter.flag() == CaseFilter.Flag.FOLLOW_UP) {
				// A follow-up is called for by the rating of a finished case: closed ones too.
				where.add(builder.isTrue(legalCase.get("rating").get("followUpDue")));
			}
			else if (filter.flag() != null) {
				where.add(builder.equal(legalCase.get("status"), CaseStatus.OPEN));
				where.add(switch (filter.flag()) {
					case CHASED -> builder.isNotNull(legalCase.get("chasedAt"));
					case ESCALATED -> builder.isNotNull(legalCase.get("escalatedAt"));
					case UNREAD -> builder.isNotNull(legalCase.get("workerMessageAt"));
					case FOLLOW_UP -> throw new IllegalStateException("handled above");
				});
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

}
