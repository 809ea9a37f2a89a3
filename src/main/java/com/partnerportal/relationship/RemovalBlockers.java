package com.partnerportal.relationship;

import java.util.List;

/**
 * What keeps a partner from ending its relationship with a customer, and what ending it
 * hands over. The subscription feature answers, as it holds the subscriptions and this
 * feature may not depend on it.
 */
public interface RemovalBlockers {

	/**
	 * @param partnerId a partner
	 * @param customerId one of its customers
	 * @return the customer's active subscriptions of which the partner is the partner of
	 * record, by service and offer: while there are any, the relationship stays
	 */
	List<RemovalBlocker> blockers(Long partnerId, Long customerId);

	/**
	 * @param partnerId a partner
	 * @param customerId one of its customers
	 * @return the customer's subscriptions whose support contact the partner is, and who
	 * takes over from it when the relationship ends
	 */
	List<SupportContactHandover> supportContactHandovers(Long partnerId, Long customerId);

}
