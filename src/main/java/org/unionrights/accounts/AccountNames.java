package org.unionrights.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.ActorNames;

/**
 * Tells the audit log the display names of the people it names by log-in name.
 */
@Component
class AccountNames implements ActorNames {

	private final UserAccounts accounts;

	AccountNames(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> usernames) {
		return accounts.findByUsernameIn(usernames)
			.stream()
			.collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
	}

}
