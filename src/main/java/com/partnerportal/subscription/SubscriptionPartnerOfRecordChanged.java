package com.partnerportal.subscription;

import java.time.Instant;

/**
 * The partner of record handed a subscription to another partner.
 *
 * @param parties who and whose; the partner is the one that handed it over
 * @param subscriptionId the subscription
 * @param offerName its offer
 * @param oldPartnerId the partner of record before
 * @param oldPartnerName its name
 * @param newPartnerId the new partner of record
 * @param newPartnerName its name
 * @param occurredAt when
 */
public record SubscriptionPartnerOfRecordChanged(SubscriptionParties parties, Long subscriptionId, String offerName,
		Long oldPartnerId, String oldPartnerName, Long newPartnerId, String newPartnerName, Instant occurredAt) {
}
