package com.partnerportal.customerlist;

import org.jspecify.annotations.Nullable;

/**
 * The order of the customer list as the {@code sort} parameter gives it: a column key,
 * prefixed with {@code -} for descending, such as {@code company} or {@code -since}.
 *
 * @param by the column
 * @param descending whether the order is reversed
 */
public record CustomerOrder(CustomerSort by, boolean descending) {

	static final CustomerOrder DEFAULT = new CustomerOrder(CustomerSort.COMPANY, false);

	/**
	 * Anything that is not a known column falls back to the default order: a bad link
	 * should still show the list.
	 * @param parameter the {@code sort} parameter, if any
	 * @return the order it asks for, or the default one
	 */
	public static CustomerOrder parse(@Nullable String parameter) {
		if (parameter == null) {
			return DEFAULT;
		}
		String value = parameter.strip();
		boolean descending = value.startsWith("-");
		String key = descending ? value.substring(1) : value;
		return CustomerSort.fromKey(key).map((by) -> new CustomerOrder(by, descending)).orElse(DEFAULT);
	}

	/**
	 * @return this order as the {@code sort} parameter writes it
	 */
	public String parameter() {
		return (this.descending ? "-" : "") + this.by.key();
	}

	public boolean isDefault() {
		return equals(DEFAULT);
	}

	/**
	 * @param column a column key
	 * @return whether the list is sorted by that column
	 */
	public boolean isBy(String column) {
		return this.by.key().equals(column);
	}

	/**
	 * What choosing a column heading does: the same column turns around, another column
	 * starts ascending.
	 * @param column a column key
	 * @return the order after choosing that column
	 */
	public CustomerOrder toggled(String column) {
		CustomerSort other = CustomerSort.fromKey(column)
			.orElseThrow(() -> new IllegalArgumentException("Unknown column " + column));
		return (other == this.by) ? new CustomerOrder(other, !this.descending) : new CustomerOrder(other, false);
	}

}
