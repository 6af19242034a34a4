package org.unionrights.intake;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No request has that tracking number.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFoundException extends RuntimeException {

	public RequestNotFoundException(String trackingNo) {
		super("No request " + trackingNo);
	}

}
