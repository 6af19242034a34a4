package org.unionrights.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

import org.springframework.stereotype.Component;
import org.unionrights.common.SharedReads;
import org.unionrights.security.Scope;

/**
 * The dashboards already read, by scope and month, for a minute: city staff open the same month's
 * dashboard all day. A report submitted, returned, approved or reopened, or an indicator changed,
 * forgets them (in this instance); live counts are at most a minute old, and the page says when
 * they were read.
 */
@Component
class DashboardReads {

	static final Duration KEPT = Duration.ofMinutes(1);

	record Key(Scope scope, YearMonth month) {
	}

	private final SharedReads<Key, Dashboard.View> reads;

	DashboardReads(Clock clock) {
		this.reads = new SharedReads<>(KEPT, 500, clock);
	}

	Dashboard.View get(Scope scope, YearMonth month, java.util.function.Supplier<Dashboard.View> read) {
		return reads.get(new Key(scope, month), read);
	}

	void forget() {
		reads.forget();
	}

}
