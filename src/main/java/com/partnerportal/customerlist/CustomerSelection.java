package com.partnerportal.customerlist;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which of a partner's customers the list shows, and in which order: what the page and
 * its CSV export share.
 *
 * @param search the words the company names start with (each a word of the name, in any
 * order), or the start of the domain if it has a dot; {@code null} for every customer
 * @param coverage the delegated admin the partner holds, {@code null} for any
 * @param order the order
 * @param locale the reader's language, which orders the countries by name
 */
public record CustomerSelection(@Nullable String search, @Nullable DelegatedAdminCoverage coverage, CustomerOrder order,
		Locale locale) {

	static CustomerSelection of(@Nullable String search, CustomerOrder order) {
		return new CustomerSelection(search, null, order, Locale.ENGLISH);
	}

}
