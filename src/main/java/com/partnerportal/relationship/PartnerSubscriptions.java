package com.partnerportal.relationship;

/**
 * Whether a partner still serves a customer through subscriptions. Removing delegated
 * admin tells the customer what its partner remains, and only a partner that sold it a
 * subscription or is a subscription's support contact remains its support contact. The
 * subscription feature answers this, as relationship may not depend on it.
 */
public interface PartnerSubscriptions {

	/**
	 * @param customerId a customer
	 * @param partnerId a partner
	 * @return whether the partner is the partner of record or the support contact of any
	 * of the customer's subscriptions that are not cancelled
	 */
	boolean servesSubscriptions(Long customerId, Long partnerId);

}
