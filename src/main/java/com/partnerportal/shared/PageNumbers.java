package com.partnerportal.shared;

/**
 * Keeps a page number from a link within what a query can be asked for. The number comes
 * from the address bar, so it can be anything: a negative one means the first page, and
 * one so large that its first row's offset would not fit the {@code int} that JPA takes
 * for it is brought down to a page that is merely empty.
 */
public final class PageNumbers {

	private PageNumbers() {
	}

	/**
	 * @param page the page asked for, zero-based
	 * @param pageSize the rows per page
	 * @return a page number between 0 and the last whose offset fits an {@code int}
	 */
	public static int within(int page, int pageSize) {
		return Math.max(0, Math.min(page, Integer.MAX_VALUE / pageSize - 1));
	}

}
