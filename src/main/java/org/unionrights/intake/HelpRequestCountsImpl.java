package org.unionrights.intake;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

class HelpRequestCountsImpl implements HelpRequestCounts {

	private final EntityManager entityManager;

	HelpRequestCountsImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public long countUpTo(Specification<HelpRequest> specification, int cap) {
		CriteriaBuilder builder = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<HelpRequest> request = query.from(HelpRequest.class);
		query.select(request.get("id")).where(specification.toPredicate(request, query, builder));
		return entityManager.createQuery(query).setMaxResults(cap).getResultList().size();
	}

}
