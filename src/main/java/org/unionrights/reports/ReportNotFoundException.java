package org.unionrights.reports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such report, risk report or indicator for this user: none, or outside their scope. Answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

	public ReportNotFoundException(Object what) {
		super("No " + what);
	}

}
