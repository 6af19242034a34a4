package org.unionrights.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (a client address, a tracking number) in a sliding window and says
 * when a key has had enough. In memory, per portal instance: a restart forgets, which errs on the
 * side of letting people in.
 */
public class AttemptLimiter {

	private static final int PURGE_ABOVE_KEYS = 10_000;

	private final int maxAttempts;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	public AttemptLimiter(int maxAttempts, Duration window, Clock clock) {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		this.maxAttempts = maxAttempts;
		this.window = window;
		this.clock = clock;
	}

	/** Whether the key has used up its attempts in the current window. */
	public boolean isBlocked(String key) {
		Deque<Instant> times = attempts.get(key);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			dropExpired(times);
			return times.size() >= maxAttempts;
		}
	}

	/** Counts one attempt. */
	public void record(String key) {
		if (attempts.size() > PURGE_ABOVE_KEYS) {
			purge();
		}
		Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			dropExpired(times);
			times.addLast(clock.instant());
		}
	}

	/** Counts an attempt if the key still has one, and says whether it had. */
	public boolean tryAcquire(String key) {
		Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			dropExpired(times);
			if (times.size() >= maxAttempts) {
				return false;
			}
			times.addLast(clock.instant());
			return true;
		}
	}

	/** Forgets the key's attempts (its holder proved who they are). */
	public void reset(String key) {
		attempts.remove(key);
	}

	/** The window, for messages such as "try again in 15 minutes". */
	public Duration window() {
		return window;
	}

	private void dropExpired(Deque<Instant> times) {
		Instant oldest = clock.instant().minus(window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
			times.removeFirst();
		}
	}

	private void purge() {
		attempts.entrySet().removeIf(entry -> {
			synchronized (entry.getValue()) {
				dropExpired(entry.getValue());
				return entry.getValue().isEmpty();
			}
		});
	}

}
