package com.partnerportal.web;

import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared pagination fragment needs: the page shown and a link to any other page
 * that keeps the current search, sort and filters.
 *
 * @param page the page shown
 * @param base the current request's URL, whose {@code page} parameter is replaced
 */
public record PageLinks(Page<?> page, UriComponentsBuilder base) {

	private static final int WINDOW = 2;

	/**
	 * @param page the page shown on the current request
	 * @return links for that page, relative to the current request
	 */
	public static PageLinks of(Page<?> page) {
		return new PageLinks(page, ServletUriComponentsBuilder.fromCurrentRequest());
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
