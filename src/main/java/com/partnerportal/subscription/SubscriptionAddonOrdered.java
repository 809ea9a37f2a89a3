package com.partnerportal.subscription;

/**
 * The partner of record ordered an add-on for a subscription.
 *
 * @param parties who and whose
 * @param subscriptionId the subscription
 * @param offerName its offer
 * @param addonName the add-on
 * @param quantityBefore the add-on's quantity before, zero if it had none
 * @param quantityAfter its quantity now
 */
public record SubscriptionAddonOrdered(SubscriptionParties parties, Long subscriptionId, String offerName,
		String addonName, int quantityBefore, int quantityAfter) {
}
