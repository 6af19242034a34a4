package org.unionrights.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No case with that number that the user may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends RuntimeException {

	public CaseNotFoundException(String caseNo) {
		super("No case " + caseNo);
	}

}
