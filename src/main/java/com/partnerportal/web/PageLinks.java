package com.partnerportal.web;

import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared pagination fragment needs: the page shown and a link to any other page
 * that keeps the current search, sort and filters.
 *
 * @param page the page shown; when the count stopped at a limit, its total is the limit
 * @param base the current request's URL, whose {@code page} parameter is replaced
 * @param countLimited whether the count stopped at a limit, the page's total, so that
 * there are more rows than that
 */
public record PageLinks(Page<?> page, UriComponentsBuilder base, boolean countLimited) {

	private static final int WINDOW = 2;

	/**
	 * @param page the page shown on the current request, with the exact total
	 * @return links for that page, relative to the current request
	 */
	public static PageLinks of(Page<?> page) {
		return new PageLinks(page, ServletUriComponentsBuilder.fromCurrentRequest(), false);
	}

	/**
	 * @param page the page shown on the current request; its total is the count, or the
	 * limit where the count stopped
	 * @param countLimited whether the count stopped at the limit
	 * @return links for that page, relative to the current request
	 */
	public static PageLinks counted(Page<?> page, boolean countLimited) {
		return new PageLinks(page, ServletUriComponentsBuilder.fromCurrentRequest(), countLimited);
	}

	/**
	 * @return the limit the count stopped at, for "more than" when
	 * {@link #countLimited()}
	 */
	public long countLimit() {
		return this.page.getTotalElements();
	}

	/**
	 * @param number a zero-based page number
	 * @return the URL of that page
	 */
	public String url(int number) {
		return this.base.cloneBuilder().replaceQueryParam("page", number).replaceQueryParam("expand").toUriString();
	}

	/**
	 * @return the page numbers to offer around the current one, not all of them
	 */
	public int[] nearby() {
		int from = Math.max(0, this.page.getNumber() - WINDOW);
		int to = Math.min(this.page.getTotalPages() - 1, this.page.getNumber() + WINDOW);
		return IntStream.rangeClosed(from, to).toArray();
	}

}
