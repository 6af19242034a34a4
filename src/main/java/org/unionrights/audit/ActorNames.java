package org.unionrights.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The display names of the people the audit log names by log-in name. The audit log keeps the
 * log-in name (it outlives the account); pages show the name; the accounts module answers.
 */
public interface ActorNames {

	/** Display names by log-in name; a name not known is absent. */
	Map<String, String> displayNames(Collection<String> usernames);

}
