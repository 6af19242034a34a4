package org.unionrights.common.web;

/**
 * Paging defaults for list pages; a page number from the address bar is clamped, never trusted.
 */
public final class PageLimits {

	public static final int DEFAULT_SIZE = 20;

	private static final int MAX_PAGE = 100_000;

	private PageLimits() {
	}

	public static int page(int requested) {
		return Math.max(0, Math.min(requested, MAX_PAGE));
	}

}
