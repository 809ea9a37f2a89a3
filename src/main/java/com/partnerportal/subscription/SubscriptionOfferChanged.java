package com.partnerportal.subscription;

/**
 * The partner of record moved a subscription to another offer of its service.
 *
 * @param parties who and whose
 * @param subscriptionId the subscription
 * @param oldOfferName the offer before
 * @param newOfferName the offer now
 */
public record SubscriptionOfferChanged(SubscriptionParties parties, Long subscriptionId, String oldOfferName,
		String newOfferName) {
}
