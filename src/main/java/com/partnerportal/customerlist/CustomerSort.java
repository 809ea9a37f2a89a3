package com.partnerportal.customerlist;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.partnerportal.customerlist.internal.CountryRanks;

/**
 * The columns the customer list can be sorted by. Only these reach the query, each with
 * its own fixed expressions, so a sort parameter can never inject anything into it. Every
 * order ends with the customer's id (after the company name where the column repeats), in
 * the column's direction, so that the order is total and a page can start right after any
 * customer (keyset paging), with an index for each but the country, which is ordered by
 * its name in the reader's language (see {@link CountryRanks}): see
 * {@code V8__customer_list_indexes.sql} and {@code V9__indexes_for_large_lists.sql}.
 */
enum CustomerSort {

	COMPANY("company", List.of(Key.NAME, Key.ID)), DOMAIN("domain", List.of(Key.DOMAIN, Key.ID)),
	COUNTRY("country", List.of(Key.COUNTRY, Key.NAME, Key.ID)), SINCE("since", List.of(Key.SINCE, Key.CUSTOMER));

	private final String key;

	private final List<Key> keys;

	CustomerSort(String key, List<Key> keys) {
		this.key = key;
		this.keys = keys;
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
	 * @return what the list is ordered by, the customer's id last
	 */
	List<Key> keys() {
		return this.keys;
	}

	/**
	 * The customer named {@code :cursor}, only if it is an active customer of
	 * {@code :partnerId}: another customer's values are never compared, so a cursor
	 * naming another partner's customer finds no row, as an unknown one does, and tells
	 * nothing of where its name sorts. One lookup by the relationships' index
	 * {@code (customer_id, partner_id, state)}.
	 */
	private static final String CURSOR_CUSTOMER = " from Customer k where k.id = :cursor and exists (select 1"
			+ " from ResellerRelationship kr where kr.customer.id = k.id and kr.partner.id = :partnerId"
			+ " and kr.state = :active))";

	/**
	 * One value a row is ordered by: its JPQL expression over {@code r} (the
	 * relationship) and {@code c} (the customer), and the same value of the customer
	 * named {@code :cursor}, as a subquery, so that a page after that customer is one
	 * statement; {@code null}, and so no row, unless that customer is the partner's.
	 */
	enum Key {

		NAME("c.nameKey", "(select k.nameKey" + CURSOR_CUSTOMER),
		DOMAIN("c.domain", "(select k.domain" + CURSOR_CUSTOMER),
		COUNTRY("c.country", "(select k.country" + CURSOR_CUSTOMER),
		SINCE("r.since",
				"(select k.since from ResellerRelationship k where k.customer.id = :cursor"
						+ " and k.partner.id = :partnerId and k.state = :active)"),
		ID("c.id", ":cursor"),
		/**
		 * The customer's id as the relationship holds it, last in the order by "since" so
		 * that the order is exactly that of the relationships' index
		 * {@code (partner_id, state, since, customer_id)}: {@code r.customer.id} would be
		 * written as the joined customer's id, and H2 would sort every relationship of
		 * the partner (1.4 s a page at a hundred thousand).
		 */
		CUSTOMER("r.customerId", ":cursor");

		private final String expression;

		private final String ofCursor;

		Key(String expression, String ofCursor) {
			this.expression = expression;
			this.ofCursor = ofCursor;
		}

		/**
		 * @param countries the order of the countries in the reader's language: a country
		 * is ordered by its name there, not by its code
		 */
		String expression(CountryRanks countries) {
			return (this == COUNTRY) ? countries.of(this.expression) : this.expression;
		}

		String ofCursor(CountryRanks countries) {
			return (this == COUNTRY) ? "(select " + countries.of("k.country") + CURSOR_CUSTOMER : this.ofCursor;
		}

	}

}
