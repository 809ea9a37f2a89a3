package com.partnerportal.subscription.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A partner chosen for a subscription: its new partner of record, or its support contact.
 *
 * @param partner the partner's id
 * @param version the subscription's version the form was shown with
 * @param confirmed whether the user confirmed a change of partner of record on its
 * confirmation step
 */
record PartnerChoiceForm(@NotNull(message = "{subscriptions.partner.required}") @Nullable Long partner,
		@NotNull(message = "{subscriptions.form.incomplete}") @Nullable Long version, @Nullable Boolean confirmed) {

	boolean isConfirmed() {
		return Boolean.TRUE.equals(this.confirmed);
	}

}
