package org.unionrights.reports;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's counts of a county's month, every module's read in one read-only transaction at
 * repeatable read: one consistent snapshot, even while cases change (its own transaction, so a
 * report being saved reads the same way).
 */
@Component
class Prefill {

	private final FigureSources sources;

	Prefill(FigureSources sources) {
		this.sources = sources;
	}

	/** Each source's count of the county's month (a source not there counted nothing). */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ, propagation = Propagation.REQUIRES_NEW)
	public Map<String, BigDecimal> counts(long countyId, YearMonth month) {
		Map<String, BigDecimal> counts = new HashMap<>();
		sources.read(List.of(countyId), month, month).forEach((key, value) -> counts.put(key.source(), value));
		return counts;
	}

}
