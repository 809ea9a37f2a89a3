package com.partnerportal.subscription;

import org.jspecify.annotations.Nullable;

import com.partnerportal.account.Actor;

/**
 * A partner stopped being a subscription's support contact because its relationship with
 * the customer ended; the subscription fell back to its partner of record.
 *
 * @param partnerId the partner released
 * @param partnerName its name
 * @param customerId the customer
 * @param customerName its company name
 * @param offerName the subscription's offer
 * @param newSupportContactName the support contact now, or {@code null} if none is left
 * @param actor who ended the relationship
 */
public record SupportContactReleased(Long partnerId, String partnerName, Long customerId, String customerName,
		String offerName, @Nullable String newSupportContactName, Actor actor) {
}
