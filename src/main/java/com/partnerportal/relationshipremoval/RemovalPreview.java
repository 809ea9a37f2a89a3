package com.partnerportal.relationshipremoval;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.partnerportal.subscription.SubscriptionFacts;

/**
 * What removing a relationship with one customer would do, or why it cannot be done yet.
 * The confirmation page shows it; the methods it calls are public because SpEL calls only
 * public methods.
 *
 * @param customerId the customer
 * @param customerName the customer's name
 * @param blockers the customer's active subscriptions of which the partner is the partner
 * of record; while there are any, the relationship stays
 * @param delegatedAdminServices the services where the partner's delegated admin would
 * end
 * @param supportContacts the subscriptions where the partner would stop being the support
 * contact
 */
record RemovalPreview(Long customerId, String customerName, List<SubscriptionFacts> blockers,
		List<String> delegatedAdminServices, List<Handover> supportContacts) {

	/**
	 * @return whether active subscriptions keep the relationship in place
	 */
	public boolean isBlocked() {
		return !this.blockers.isEmpty();
	}

	/**
	 * A subscription whose support contact passes from the partner to another.
	 *
	 * @param offerName the offer bought
	 * @param serviceName the service it is for
	 * @param nextContact the partner that takes over, {@code null} for nobody
	 */
	record Handover(String offerName, String serviceName, @Nullable String nextContact) {
	}

}
