package org.unionrights.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Counts attempts per key (a client address, a tracking number, an account) and says when a key
 * has had enough: {@code maxAttempts} in a window, all given back when the window from the first
 * has passed. The counts are token buckets in PostgreSQL ({@link AttemptLimits}), so every portal
 * instance on the database counts the same attempts and a restart forgets nothing.
 */
public class AttemptLimiter {

	private static final int MAX_ID = 200;

	private final ProxyManager<String> buckets;

	private final String name;

	private final Duration window;

	private final BucketConfiguration configuration;

	AttemptLimiter(ProxyManager<String> buckets, String name, int maxAttempts, Duration window) {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		this.buckets = buckets;
		this.name = name;
		this.window = window;
		this.configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(maxAttempts).refillIntervally(maxAttempts, window))
			.build();
	}

	/** Whether the key has used up its attempts in the current window. */
	public boolean isBlocked(String key) {
		return bucket(key).getAvailableTokens() <= 0;
	}

	/** Counts one attempt. */
	public void record(String key) {
		bucket(key).tryConsume(1);
	}

	/** Counts an attempt if the key still has one, and says whether it had. */
	public boolean tryAcquire(String key) {
		return bucket(key).tryConsume(1);
	}

	/** Forgets the key's attempts (its holder proved who they are). */
	public void reset(String key) {
		buckets.removeProxy(id(key));
	}

	/** The window, for messages such as "try again in 15 minutes". */
	public Duration window() {
		return window;
	}

	private io.github.bucket4j.distributed.BucketProxy bucket(String key) {
		return buckets.getProxy(id(key), () -> configuration);
	}

	/** The bucket's row: the limiter's name and the key, a long key by its digest. */
	private String id(String key) {
		String id = name + ":" + key;
		if (id.length() <= MAX_ID) {
			return id;
		}
		try {
			return name + ":#" + HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
