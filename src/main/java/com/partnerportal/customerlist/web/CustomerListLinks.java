package com.partnerportal.customerlist.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import com.partnerportal.customerlist.CustomerOrder;
import com.partnerportal.customerlist.DelegatedAdminCoverage;

/**
 * The links of the customer list. Each keeps what the reader chose (search, order, page)
 * so that expanding a row, sorting or paging never loses it, and works without
 * JavaScript.
 *
 * @param path the list's path, with the context path
 * @param search the search shown, if any
 * @param coverage the delegated admin filter shown, if any
 * @param order the order shown
 * @param page the zero-based page shown
 * @param after the customer the page shown starts after; {@code null} on the first page
 */
record CustomerListLinks(String path, @Nullable String search, @Nullable DelegatedAdminCoverage coverage,
		CustomerOrder order, int page, @Nullable Long after) {

	/**
	 * @param id a customer on the list
	 * @return the list with that customer's row expanded, scrolled to it
	 */
	public String expand(Long id) {
		return url(this.search, this.order, this.page, this.after, id) + anchor(id);
	}

	/**
	 * @param id the customer whose row is expanded
	 * @return the list with no row expanded, scrolled to that customer's row
	 */
	public String collapse(Long id) {
		return url(this.search, this.order, this.page, this.after, null) + anchor(id);
	}

	/**
	 * @param column a column key
	 * @return the list's first page, sorted by that column (turned around if it is
	 * already sorted by it)
	 */
	public String sortBy(String column) {
		return url(this.search, this.order.toggled(column), 0, null, null);
	}

	/**
	 * @return the list without the search and the filter, in the same order
	 */
	public String clearSearch() {
		return new CustomerListLinks(this.path, null, null, this.order, 0, null).page(0, null);
	}

	/**
	 * @return the CSV file of every customer the list selects, all pages, in its order
	 */
	public String export() {
		return this.path + "/export" + query(this.search, this.order, 0, null, null);
	}

	/**
	 * @param number a zero-based page number
	 * @param start the customer that page starts after, if known; without it the page is
	 * found by its number
	 * @return the list's page, in the same search and order
	 */
	String page(int number, @Nullable Long start) {
		return url(this.search, this.order, number, start, null);
	}

	static String anchor(Long id) {
		return "#customer-" + id;
	}

	private String url(@Nullable String search, CustomerOrder order, int page, @Nullable Long start,
			@Nullable Long expand) {
		return this.path + query(search, order, page, start, expand);
	}

	private String query(@Nullable String search, CustomerOrder order, int page, @Nullable Long start,
			@Nullable Long expand) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		if (search != null) {
			query.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
		}
		if (this.coverage != null) {
			query.add("dap=" + this.coverage.parameter());
		}
		if (!order.isDefault()) {
			query.add("sort=" + URLEncoder.encode(order.parameter(), StandardCharsets.UTF_8));
		}
		if (page > 0) {
			query.add("page=" + page);
		}
		if (start != null) {
			query.add("after=" + start);
		}
		if (expand != null) {
			query.add("expand=" + expand);
		}
		return query.toString();
	}

}
