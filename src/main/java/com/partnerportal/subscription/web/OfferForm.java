package com.partnerportal.subscription.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The offer to move a subscription to.
 *
 * @param offer the offer's id
 * @param version the subscription's version the form was shown with
 */
record OfferForm(@NotNull(message = "{subscriptions.offer.required}") @Nullable Long offer,
		@NotNull(message = "{subscriptions.form.incomplete}") @Nullable Long version) {

}
