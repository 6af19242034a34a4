package org.unionrights.intake;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;

/** The triage queue's two queries that Spring Data cannot derive: part of {@link HelpRequests}. */
interface QueueQueries {

	/**
	 * How many requests match, counting no further than {@code cap}: reads at most {@code cap}
	 * identifiers, where a full count would visit every matching row.
	 */
	long countUpTo(Specification<HelpRequest> specification, int cap);

	/**
	 * One page of a search that matches many requests, read by walking the requests in the page's
	 * order until the page is full. The planner cannot tell how many requests a word matches and
	 * would otherwise fetch every match from the text index and sort them all: 10,000 rows read
	 * for 25 shown (docs/benchmarks.md).
	 */
	Slice<HelpRequest> walkInOrder(Specification<HelpRequest> specification, Pageable pageable);

}
