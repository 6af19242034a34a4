package org.unionrights.reports;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's counts of a county's month, every module's read in one transaction at repeatable
 * read: one consistent snapshot, even while cases change. Called alone it opens its own read-only
 * one; the report's page and its saving run at repeatable read themselves, and it joins them (one
 * connection per request, whatever the load).
 */
@Component
class Prefill {

	private final FigureSources sources;

	Prefill(FigureSources sources) {
		this.sources = sources;
	}

	/** Each source's count of the county's month (a source not there counted nothing). */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Map<String, BigDecimal> counts(long countyId, YearMonth month) {
		Map<String, BigDecimal> counts = new HashMap<>();
		sources.read(List.of(countyId), month, month).forEach((key, value) -> counts.put(key.source(), value));
		return counts;
	}

}
