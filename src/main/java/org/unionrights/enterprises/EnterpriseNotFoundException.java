package org.unionrights.enterprises;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such enterprise for this user: not registered, or outside their scope. Answered with 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EnterpriseNotFoundException extends RuntimeException {

	public EnterpriseNotFoundException(Object id) {
		super("No enterprise " + id);
	}

}
