package com.partnerportal.activity.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityFilter;
import com.partnerportal.activity.ActivityScope;

/**
 * The activity page's filter as typed. Every field is text, so that binding never fails:
 * a date or action that does not parse becomes a form error with a message, not a 400 or
 * a 500.
 *
 * @param from the first day, {@code yyyy-MM-dd}, or empty
 * @param to the last day, {@code yyyy-MM-dd}, or empty
 * @param customer the start of the customer's name, or empty
 * @param action an {@link ActivityAction} name, or empty for every action
 * @param partner the start of the partner's name, or empty
 */
public record ActivityFilterForm(@Nullable String from, @Nullable String to, @Nullable String customer,
		@Nullable String action, @Nullable String partner) {

	/**
	 * Longer text is cut: no customer or partner name is longer than the column.
	 */
	static final int MAX_CUSTOMER_LENGTH = 200;

	/**
	 * Dates outside these years are typing mistakes, and some would not fit the database.
	 */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	/**
	 * Checks the form and fills in what is left out: without dates the last
	 * {@value ActivityFilter#DEFAULT_DAYS} days, without a start the
	 * {@value ActivityFilter#DEFAULT_DAYS} days up to the end, without an end up to
	 * today.
	 * @param scope whose entries are read; a customer's are all its own, so its customer
	 * text is ignored, as is a partner's partner text
	 * @param zone the reader's time zone
	 * @param today today in that zone
	 * @param errors where the problems are reported, against this form's fields
	 * @return the filter, or empty if there were problems
	 */
	public Optional<ActivityFilter> toFilter(ActivityScope scope, ZoneId zone, LocalDate today, Errors errors) {
		LocalDate fromDate = date("from", this.from, errors);
		LocalDate toDate = date("to", this.to, errors);
		ActivityAction chosen = action(errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		if (fromDate == null) {
			toDate = (toDate != null) ? toDate : today;
			fromDate = toDate.minusDays(ActivityFilter.DEFAULT_DAYS - 1);
		}
		if (toDate == null) {
			toDate = fromDate.isAfter(today) ? fromDate : today;
		}
		if (toDate.isBefore(fromDate)) {
			errors.rejectValue("to", "activity.filter.to.beforeFrom");
			return Optional.empty();
		}
		String customerText = scope.filtersByCustomer() ? nameStart(this.customer) : "";
		String partnerText = scope.filtersByPartner() ? nameStart(this.partner) : "";
		return Optional.of(new ActivityFilter(fromDate, toDate, zone, customerText, chosen, partnerText));
	}

	private static @Nullable LocalDate date(String field, @Nullable String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "activity.filter.date.invalid");
			return null;
		}
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			errors.rejectValue(field, "activity.filter.date.outOfRange");
			return null;
		}
		return date;
	}

	private @Nullable ActivityAction action(Errors errors) {
		if (this.action == null || this.action.isBlank()) {
			return null;
		}
		try {
			return ActivityAction.valueOf(this.action.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("action", "activity.filter.action.invalid");
			return null;
		}
	}

	private static String nameStart(@Nullable String typed) {
		String stripped = (typed != null) ? typed.strip() : "";
		return (stripped.length() > MAX_CUSTOMER_LENGTH) ? stripped.substring(0, MAX_CUSTOMER_LENGTH) : stripped;
	}

}
