package com.partnerportal.subscription;

/**
 * The partner of record suspended, reactivated or cancelled a subscription.
 *
 * @param parties who and whose
 * @param subscriptionId the subscription
 * @param offerName its offer
 * @param oldStatus the status before
 * @param newStatus the status now
 */
public record SubscriptionStatusChanged(SubscriptionParties parties, Long subscriptionId, String offerName,
		SubscriptionStatus oldStatus, SubscriptionStatus newStatus) {
}
