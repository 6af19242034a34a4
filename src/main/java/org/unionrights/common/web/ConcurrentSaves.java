package org.unionrights.common.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two saves of one record at the very same moment: the later one is refused by its version (or,
 * in a transaction at repeatable read, by the database as a concurrent update) and answered with
 * the 409 page, which asks to reload and try again, instead of a 500. Forms that know their
 * version answer a stale one themselves, with the input kept.
 */
@ControllerAdvice
class ConcurrentSaves {

	@ExceptionHandler(ConcurrencyFailureException.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

}
