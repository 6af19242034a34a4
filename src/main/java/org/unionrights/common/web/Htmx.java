package org.unionrights.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Pages that answer htmx requests with the part that changed: a list's results as its filters
 * change, a section of a page after one of its forms. The same address answers a plain request
 * (no JavaScript, a bookmark, a reload, history restored) with the whole page.
 */
public final class Htmx {

	private Htmx() {
	}

	/**
	 * Whether to answer with the part only: an htmx request, but not htmx restoring a page from
	 * history, which needs the whole page. Caches keep the two answers apart.
	 */
	public static boolean wantsPart(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, "HX-Request, HX-History-Restore-Request");
		return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-History-Restore-Request") == null;
	}

}
