package org.unionrights.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.ActorNames;

/**
 * Tells the audit log and the pages the display names of the people they know by log-in name.
 * Every account's name is held in memory (a few hundred staff) and read again after a minute or
 * after a change made through this instance, so that a page naming many people reads none.
 */
@Component
class AccountNames implements ActorNames {

	/** How long the names are kept before they are read again. */
	static final Duration KEPT_FOR = Duration.ofMinutes(1);

	private final UserAccounts accounts;

	private final Clock clock;

	private volatile Map<String, String> names;

	private volatile Instant readAt = Instant.MIN;

	AccountNames(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> all = all();
		Map<String, String> found = new HashMap<>();
		usernames.forEach(username -> {
			String name = all.get(username);
			if (name != null) {
				found.put(username, name);
			}
		});
		return found;
	}

	/** An account was created or changed: names are read again. */
	void forget() {
		readAt = Instant.MIN;
	}

	private Map<String, String> all() {
		Instant now = clock.instant();
		Map<String, String> kept = names;
		if (kept == null || readAt.plus(KEPT_FOR).isBefore(now)) {
			kept = accounts.findAll()
				.stream()
				.collect(Collectors.toUnmodifiableMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
			names = kept;
			readAt = now;
		}
		return kept;
	}

}
