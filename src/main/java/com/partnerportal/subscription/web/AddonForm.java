package com.partnerportal.subscription.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An order of an add-on for some of a subscription's seats.
 *
 * @param addon the add-on's id
 * @param quantity for how many seats
 * @param version the subscription's version the form was shown with
 */
record AddonForm(@NotNull(message = "{subscriptions.addon.required}") @Nullable Long addon,
		@NotNull(message = "{subscriptions.quantity.required}") @Min(value = 1,
				message = "{subscriptions.quantity.min}") @Max(value = SeatsForm.MAX,
						message = "{subscriptions.quantity.max}") @Nullable Integer quantity,
		@NotNull(message = "{subscriptions.form.incomplete}") @Nullable Long version) {

}
