package com.partnerportal.customerlist;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the customer list. Each keeps what the reader chose (search, order, page)
 * so that expanding a row, sorting or paging never loses it, and works without
 * JavaScript.
 *
 * @param path the list's path, with the context path
 * @param search the search shown, if any
 * @param order the order shown
 * @param page the zero-based page shown
 */
record CustomerListLinks(String path, @Nullable String search, CustomerOrder order, int page) {

	/**
	 * @param id a customer on the list
	 * @return the list with that customer's row expanded, scrolled to it
	 */
	public String expand(Long id) {
		return url(this.search, this.order, this.page, id) + anchor(id);
	}

	/**
	 * @param id the customer whose row is expanded
	 * @return the list with no row expanded, scrolled to that customer's row
	 */
	public String collapse(Long id) {
		return url(this.search, this.order, this.page, null) + anchor(id);
	}

	/**
	 * @param column a column key
	 * @return the list's first page, sorted by that column (turned around if it is
	 * already sorted by it)
	 */
	public String sortBy(String column) {
		return url(this.search, this.order.toggled(column), 0, null);
	}

	/**
	 * @return the list without the search, in the same order
	 */
	public String clearSearch() {
		return url(null, this.order, 0, null);
	}

	/**
	 * @return the base the shared pagination fragment adds its page number to. Its values
	 * are left unencoded because {@link com.partnerportal.web.PageLinks} encodes them.
	 */
	UriComponentsBuilder pageBase() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.path);
		if (this.search != null) {
			builder.queryParam("q", this.search);
		}
		if (!this.order.isDefault()) {
			builder.queryParam("sort", this.order.parameter());
		}
		return builder;
	}

	static String anchor(Long id) {
		return "#customer-" + id;
	}

	private String url(@Nullable String search, CustomerOrder order, int page, @Nullable Long expand) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		if (search != null) {
			query.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
		}
		if (!order.isDefault()) {
			query.add("sort=" + URLEncoder.encode(order.parameter(), StandardCharsets.UTF_8));
		}
		if (page > 0) {
			query.add("page=" + page);
		}
		if (expand != null) {
			query.add("expand=" + expand);
		}
		return this.path + query;
	}

}
