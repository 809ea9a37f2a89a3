package com.partnerportal.subscription;

import com.partnerportal.account.Actor;

/**
 * Who changed a subscription and whose it is, as every subscription event carries it.
 *
 * @param actor the partner user acting
 * @param partnerId the user's partner, the subscription's partner of record
 * @param partnerName that partner's name
 * @param customerId the subscription's customer
 * @param customerName its company name
 */
public record SubscriptionParties(Actor actor, Long partnerId, String partnerName, Long customerId,
		String customerName) {
}
