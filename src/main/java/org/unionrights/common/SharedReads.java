package org.unionrights.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A costly read that many people ask for at once, kept for a short while by key: one reader
 * computes while the others of that key wait for its answer, a failed reading is not kept, and
 * {@link #forget()} drops everything now and again when the current transaction commits (so that
 * no read in between keeps the old answer). In memory, per portal instance: another instance sees a
 * change when its own copy runs out. At most {@code maxKeys} keys; past that all are dropped.
 */
public final class SharedReads<K, V> {

	private record Entry<V>(Instant at, CompletableFuture<V> value) {
	}

	private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final Duration kept;

	private final int maxKeys;

	private final Clock clock;

	public SharedReads(Duration kept, int maxKeys, Clock clock) {
		this.kept = kept;
		this.maxKeys = maxKeys;
		this.clock = clock;
	}

	public V get(K key, Supplier<V> read) {
		while (true) {
			Entry<V> current = entries.get(key);
			if (current != null && (!current.value().isDone() || current.at().plus(kept).isAfter(clock.instant()))) {
				return current.value().join();
			}
			if (current == null && entries.size() >= maxKeys) {
				entries.clear();
			}
			Entry<V> mine = new Entry<>(clock.instant(), new CompletableFuture<>());
			boolean won = current == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, current, mine);
			if (won) {
				try {
					V value = read.get();
					mine.value().complete(value);
					return value;
				}
				catch (RuntimeException ex) {
					entries.remove(key, mine);
					mine.value().completeExceptionally(ex);
					throw ex;
				}
			}
		}
	}

	public void forget() {
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
