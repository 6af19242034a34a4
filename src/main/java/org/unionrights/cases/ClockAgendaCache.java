package org.unionrights.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unionrights.security.Scope;

/**
 * The clocks due or overdue of a scope, kept for a minute: reading them costs seconds at a million
 * cases (the open cases with a running clock, their events, each clock read on the calendar), and
 * every start page of the same scope shows the same lines. One reader computes while the others
 * of that scope wait for its answer; a clock event recorded or removed, or a case closed or
 * reopened, forgets them all in this instance (another instance sees the change within the minute).
 */
@Component
class ClockAgendaCache {

	static final Duration KEPT = Duration.ofMinutes(1);

	private record Entry(Instant at, CompletableFuture<List<CaseAgenda.Item>> items) {
	}

	private final ConcurrentHashMap<Scope, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	ClockAgendaCache(Clock clock) {
		this.clock = clock;
	}

	List<CaseAgenda.Item> get(Scope scope, Supplier<List<CaseAgenda.Item>> compute) {
		while (true) {
			Entry current = entries.get(scope);
			if (current != null && (!current.items().isDone() || current.at().plus(KEPT).isAfter(clock.instant()))) {
				return current.items().join();
			}
			Entry mine = new Entry(clock.instant(), new CompletableFuture<>());
			boolean won = current == null ? entries.putIfAbsent(scope, mine) == null : entries.replace(scope, current, mine);
			if (won) {
				try {
					List<CaseAgenda.Item> items = List.copyOf(compute.get());
					mine.items().complete(items);
					return items;
				}
				catch (RuntimeException ex) {
					entries.remove(scope, mine);
					mine.items().completeExceptionally(ex);
					throw ex;
				}
			}
		}
	}

	/** Forgets now and again when the transaction commits, so that no read in between keeps the old lines. */
	void forget() {
		entries.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					entries.clear();
				}
			});
		}
	}

}
