package com.partnerportal.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import com.partnerportal.activity.web.ActivityFilterForm;
import com.partnerportal.shared.LikePatterns;

/**
 * Which entries of a scope to show or export: a range of whole days in the reader's time
 * zone, optionally one action and the start of the customer's or the partner's name.
 * Valid by construction; {@link ActivityFilterForm} builds it from what was typed.
 *
 * @param from the first day shown
 * @param to the last day shown, all of it; not before {@code from}
 * @param zone the reader's time zone, in which the days begin and end
 * @param customer the start of the customer's name; empty for every customer
 * @param action the only action shown, or {@code null} for every action
 * @param partner the start of the partner's name; empty for every partner
 */
public record ActivityFilter(LocalDate from, LocalDate to, ZoneId zone, String customer,
		@Nullable ActivityAction action, String partner) {

	/** How many days, today included, a page shows when no dates are given. */
	public static final int DEFAULT_DAYS = 30;

	public ActivityFilter {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Range ends " + to + " before it starts " + from);
		}
	}

	/**
	 * @param today today in the reader's time zone
	 * @param zone the reader's time zone
	 * @return the last {@value #DEFAULT_DAYS} days, today included, for every customer
	 * and action
	 */
	static ActivityFilter lastDays(LocalDate today, ZoneId zone) {
		return new ActivityFilter(today.minusDays(DEFAULT_DAYS - 1), today, zone, "", null, "");
	}

	/**
	 * @return the first instant of the range
	 */
	public Instant start() {
		return this.from.atStartOfDay(this.zone).toInstant();
	}

	/**
	 * @return the first instant after the range: the range is {@code [start, end)}, so
	 * the whole of the last day is in it, up to its last nanosecond
	 */
	public Instant end() {
		return this.to.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	public boolean hasCustomer() {
		return !this.customer.isEmpty();
	}

	/**
	 * @return the pattern for {@code customer_name_key like :pattern escape '!'}, where
	 * {@code customer_name_key} is the name in lower case: names that start with the text
	 */
	public String customerPattern() {
		return LikePatterns.startingWith(this.customer);
	}

	public boolean hasPartner() {
		return !this.partner.isEmpty();
	}

	/**
	 * @return the pattern for {@code partner_name_key like :pattern escape '!'}, where
	 * {@code partner_name_key} is the partner's name as recorded, in lower case
	 */
	public String partnerPattern() {
		return LikePatterns.startingWith(this.partner);
	}

	/**
	 * @return whether anything narrows the entries besides the dates
	 */
	public boolean narrowed() {
		return hasCustomer() || hasPartner() || this.action != null;
	}

	/**
	 * @return the filter as the form shows it, so that the defaults chosen appear in the
	 * fields
	 */
	public ActivityFilterForm toForm() {
		return new ActivityFilterForm(this.from.toString(), this.to.toString(), this.customer,
				(this.action != null) ? this.action.name() : "", this.partner);
	}

}
