package com.partnerportal.subscription;

/**
 * Where a subscription stands. Only an active subscription is billed and keeps its
 * partner of record tied to the customer.
 */
public enum SubscriptionStatus {

	ACTIVE, SUSPENDED, CANCELLED;

	/**
	 * @return whether the subscription is in use and billed
	 */
	public boolean isActive() {
		return this == ACTIVE;
	}

}
