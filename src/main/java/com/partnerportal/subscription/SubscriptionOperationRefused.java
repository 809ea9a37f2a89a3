package com.partnerportal.subscription;

/**
 * A partner user's operation on a subscription was refused by a rule (not by a value the
 * form lets the user correct). Nothing was changed.
 *
 * @param parties who, and the customer
 * @param subscriptionId the subscription
 * @param offerName its offer
 * @param operation what was attempted
 * @param refusal why it was refused
 */
public record SubscriptionOperationRefused(SubscriptionParties parties, Long subscriptionId, String offerName,
		SubscriptionOperation operation, SubscriptionRefusal refusal) {
}
