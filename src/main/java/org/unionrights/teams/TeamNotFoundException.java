package org.unionrights.teams;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No team has that id: a forged or outdated link.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TeamNotFoundException extends RuntimeException {

	public TeamNotFoundException(long id) {
		super("No team " + id);
	}

}
