package org.unionrights.intake;

import org.springframework.data.jpa.domain.Specification;

/** Counting that stops early: the part of {@link HelpRequests} that Spring Data cannot derive. */
interface HelpRequestCounts {

	/**
	 * How many requests match, counting no further than {@code cap}: reads at most {@code cap}
	 * identifiers, where a full count would visit every matching row.
	 */
	long countUpTo(Specification<HelpRequest> specification, int cap);

}
