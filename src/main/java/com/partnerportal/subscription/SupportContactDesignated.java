package com.partnerportal.subscription;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A subscription's partner of record designated its support contact.
 *
 * @param parties who and whose
 * @param subscriptionId the subscription
 * @param offerName its offer
 * @param oldPartnerId the support contact before, if it had one
 * @param oldPartnerName its name, {@code none} if it had none
 * @param newPartnerId the support contact now
 * @param newPartnerName its name
 * @param occurredAt when
 */
public record SupportContactDesignated(SubscriptionParties parties, Long subscriptionId, String offerName,
		@Nullable Long oldPartnerId, String oldPartnerName, Long newPartnerId, String newPartnerName,
		Instant occurredAt) {
}
