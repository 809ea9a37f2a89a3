package com.partnerportal.subscription.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The confirmation of a suspension, reactivation or cancellation.
 *
 * @param version the subscription's version the confirmation was shown with
 */
record StatusForm(@NotNull(message = "{subscriptions.form.incomplete}") @Nullable Long version) {

}
