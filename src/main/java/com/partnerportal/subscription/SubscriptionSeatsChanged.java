package com.partnerportal.subscription;

/**
 * The partner of record added seats to a subscription or removed some.
 *
 * @param parties who and whose
 * @param subscriptionId the subscription
 * @param offerName its offer
 * @param seatsBefore the seats it had
 * @param seatsAfter the seats it has now
 */
public record SubscriptionSeatsChanged(SubscriptionParties parties, Long subscriptionId, String offerName,
		int seatsBefore, int seatsAfter) {
}
