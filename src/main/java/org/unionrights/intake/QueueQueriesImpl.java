package org.unionrights.intake;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

class QueueQueriesImpl implements QueueQueries {

	private final EntityManager entityManager;

	QueueQueriesImpl(EntityManager entityManager) {
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

	@Override
	public Slice<HelpRequest> walkInOrder(Specification<HelpRequest> specification, Pageable pageable) {
		CriteriaBuilder builder = entityManager.getCriteriaBuilder();
		CriteriaQuery<HelpRequest> query = builder.createQuery(HelpRequest.class);
		Root<HelpRequest> request = query.from(HelpRequest.class);
		query.select(request)
			.where(specification.toPredicate(request, query, builder))
			.orderBy(QueryUtils.toOrders(pageable.getSort(), request, builder));
		// For this statement only (the settings end with the transaction, and are put back at once):
		// no bitmap scan, which reads every match before sorting, and no scan of the whole table.
		plannerMay("off");
		try {
			List<HelpRequest> rows = entityManager.createQuery(query)
				.setFirstResult((int) pageable.getOffset())
				.setMaxResults(pageable.getPageSize() + 1)
				.getResultList();
			boolean more = rows.size() > pageable.getPageSize();
			return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
		}
		finally {
			plannerMay("on");
		}
	}

	private void plannerMay(String setting) {
		entityManager.createNativeQuery("select set_config('enable_bitmapscan', :on, true), "
				+ "set_config('enable_seqscan', :on, true)").setParameter("on", setting).getSingleResult();
	}

}
