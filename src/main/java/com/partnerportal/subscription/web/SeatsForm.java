package com.partnerportal.subscription.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * How many seats to add or remove. The offer's limits are the aggregate's to check; this
 * only keeps the number sensible.
 *
 * @param seats how many seats, at least one
 * @param version the subscription's version the form was shown with
 * @param confirmed whether the user confirmed a removal on its confirmation step
 */
record SeatsForm(
		@NotNull(message = "{subscriptions.seats.required}") @Min(value = 1,
				message = "{subscriptions.seats.min}") @Max(value = SeatsForm.MAX,
						message = "{subscriptions.seats.max}") @Nullable Integer seats,
		@NotNull(message = "{subscriptions.form.incomplete}") @Nullable Long version, @Nullable Boolean confirmed) {

	/** No offer allows more seats than this in one change. */
	static final int MAX = 100_000;

	boolean isConfirmed() {
		return Boolean.TRUE.equals(this.confirmed);
	}

}
