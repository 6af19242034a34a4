package org.unionrights.enterprises;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The registry's filters ({@link EnterpriseFilter}) as a query.
 */
final class EnterpriseFilters {

	private EnterpriseFilters() {
	}

	static Specification<Enterprise> of(EnterpriseFilter filter) {
		return (enterprise, query, builder) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.search() != null && filter.search().length() < 3) {
				// Under three characters the trigram index has nothing to look up and would hand back
				// every row to check: a plain position test lets the county's index (or one scan) do it.
				where.add(builder.greaterThan(builder.locate(enterprise.get("searchText"), filter.search()), 0));
			}
			else if (filter.search() != null) {
				String pattern = "%" + filter.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				where.add(builder.like(enterprise.get("searchText"), pattern, '\\'));
			}
			if (filter.countyId() != null) {
				where.add(builder.equal(enterprise.get("countyId"), filter.countyId()));
			}
			if (filter.industry() != null) {
				where.add(builder.equal(enterprise.get("industry"), filter.industry()));
			}
			if (filter.size() != null) {
				where.add(builder.equal(enterprise.get("size"), filter.size()));
			}
			if (filter.union() != null) {
				where.add(filter.union() ? builder.isNotNull(enterprise.get("unionFoundedOn"))
						: builder.isNull(enterprise.get("unionFoundedOn")));
			}
			if (filter.supervisionCommittee() != null) {
				where.add(builder.equal(enterprise.get("supervisionCommittee"), filter.supervisionCommittee()));
			}
			if (filter.mediationCommittee() != null) {
				where.add(builder.equal(enterprise.get("mediationCommittee"), filter.mediationCommittee()));
			}
			if (filter.newEmploymentForm() != null) {
				where.add(builder.equal(enterprise.get("newEmploymentForm"), filter.newEmploymentForm()));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

}
