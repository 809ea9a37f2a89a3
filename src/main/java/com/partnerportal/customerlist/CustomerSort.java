package com.partnerportal.customerlist;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns the customer list can be sorted by. Only these reach the query, each with
 * its own fixed expression, so a sort parameter can never inject anything into it.
 */
enum CustomerSort {

	COMPANY("company", "lower(c.companyName)"), DOMAIN("domain", "c.domain"), COUNTRY("country", "c.country"),
	SINCE("since", "r.since");

	private final String key;

	private final String expression;

	CustomerSort(String key, String expression) {
		this.key = key;
		this.expression = expression;
	}

	/**
	 * @param key a sort key as it appears in a URL, such as {@code company}
	 * @return the column with that key, if there is one
	 */
	static Optional<CustomerSort> fromKey(String key) {
		return Arrays.stream(values()).filter((sort) -> sort.key.equals(key)).findFirst();
	}

	String key() {
		return this.key;
	}

	/**
	 * @return the JPQL expression to order by, over {@code r} (the relationship) and
	 * {@code c} (the customer)
	 */
	String expression() {
		return this.expression;
	}

}
