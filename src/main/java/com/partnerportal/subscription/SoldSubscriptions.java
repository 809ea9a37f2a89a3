package com.partnerportal.subscription;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.subscription.internal.PartnerSubscriptionRepository;

/**
 * Tells which of a customer's subscriptions a partner sold and still bills, because those
 * keep the partner tied to the customer: it cannot end its relationship while any is
 * active.
 */
@Service
@Transactional(readOnly = true)
public class SoldSubscriptions {

	private final PartnerSubscriptionRepository subscriptions;

	SoldSubscriptions(PartnerSubscriptionRepository subscriptions) {
		this.subscriptions = subscriptions;
	}

	/**
	 * @param partnerId a partner
	 * @param customerId one of its customers
	 * @return the customer's active subscriptions of which the partner is the partner of
	 * record, by service and offer
	 */
	public List<SubscriptionFacts> active(Long partnerId, Long customerId) {
		return this.subscriptions.findSoldBy(customerId, partnerId, SubscriptionStatus.ACTIVE);
	}

}
