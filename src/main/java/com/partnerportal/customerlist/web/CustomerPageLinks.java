package com.partnerportal.customerlist.web;

import java.util.Optional;

import org.springframework.data.domain.Page;

import com.partnerportal.customerlist.CustomerListQueries;
import com.partnerportal.customerlist.CustomerPage;
import com.partnerportal.customerlist.CustomerRow;

/**
 * What the shared pagination fragment needs for the customer list, whose page links carry
 * the customer each page starts after (see {@link CustomerPage}).
 *
 * @param page the page shown, as the fragment reads it
 * @param customers the page shown and where the pages around it start
 * @param links the list's links
 */
record CustomerPageLinks(Page<CustomerRow> page, CustomerPage customers, CustomerListLinks links) {

	CustomerPageLinks(CustomerPage customers, CustomerListLinks links) {
		this(customers.toPage(), customers, links);
	}

	/**
	 * @param number a zero-based page number
	 * @return the URL of that page: after its cursor when it is one of the pages around
	 * this one, by number otherwise
	 */
	public String url(int number) {
		Optional<Long> cursor = this.customers.cursor(number);
		return this.links.page(number, (cursor != null) ? cursor.orElse(null) : null);
	}

	/**
	 * @return the pages around this one that exist
	 */
	public int[] nearby() {
		return this.customers.cursors().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	/**
	 * @return whether more customers match than were counted
	 */
	public boolean countLimited() {
		return this.customers.countLimited();
	}

	/**
	 * @return how many were counted, for "more than" when {@link #countLimited()}
	 */
	public long countLimit() {
		return CustomerListQueries.COUNT_LIMIT;
	}

}
