package com.partnerportal.subscription;

import org.springframework.stereotype.Component;

import com.partnerportal.relationship.PartnerSubscriptions;
import com.partnerportal.subscription.internal.SubscriptionRepository;

/**
 * Tells the relationship feature whether a partner serves a customer through
 * subscriptions, from the customer's subscriptions as they are now.
 */
@Component
class SubscriptionTies implements PartnerSubscriptions {

	private final SubscriptionRepository subscriptions;

	SubscriptionTies(SubscriptionRepository subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Override
	public boolean servesSubscriptions(Long customerId, Long partnerId) {
		return this.subscriptions.findByCustomerIdOrderById(customerId)
			.stream()
			.filter((subscription) -> subscription.getStatus() != SubscriptionStatus.CANCELLED)
			.anyMatch((subscription) -> partnerId.equals(subscription.getPartnerOfRecordId())
					|| partnerId.equals(subscription.getSupportContactPartnerId()));
	}

}
