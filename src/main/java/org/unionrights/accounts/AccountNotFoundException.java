package org.unionrights.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No account has that id: a forged or outdated link. Answered with the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(long id) {
		super("No account " + id);
	}

}
