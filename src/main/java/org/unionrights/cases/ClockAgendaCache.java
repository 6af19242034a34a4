package org.unionrights.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.unionrights.common.SharedReads;
import org.unionrights.security.Scope;

/**
 * The clocks due or overdue of a scope, kept for a minute: reading them costs seconds at a million
 * cases (the open cases with a running clock, their events, each clock read on the calendar), and
 * every start page of the same scope shows the same lines. One reader computes while the others
 * of that scope wait; a clock event recorded or removed, or a case closed or reopened, forgets
 * them all in this instance (another instance sees the change within the minute).
 */
@Component
class ClockAgendaCache {

	static final Duration KEPT = Duration.ofMinutes(1);

	private final SharedReads<Scope, List<CaseAgenda.Item>> reads;

	ClockAgendaCache(Clock clock) {
		this.reads = new SharedReads<>(KEPT, 1_000, clock);
	}

	List<CaseAgenda.Item> get(Scope scope, Supplier<List<CaseAgenda.Item>> compute) {
		return reads.get(scope, () -> List.copyOf(compute.get()));
	}

	void forget() {
		reads.forget();
	}

}
