package com.partnerportal.relationship;

import java.util.List;

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
public record RemovalPreview(Long customerId, String customerName, List<RemovalBlocker> blockers,
		List<String> delegatedAdminServices, List<SupportContactHandover> supportContacts) {

	/**
	 * @return whether active subscriptions keep the relationship in place
	 */
	public boolean isBlocked() {
		return !this.blockers.isEmpty();
	}

}
