package com.partnerportal.subscription.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import com.partnerportal.subscription.Subscription;

/**
 * Customers' subscriptions, always looked up within one customer.
 */
public interface SubscriptionRepository extends Repository<Subscription, Long> {

	List<Subscription> findByCustomerIdOrderById(Long customerId);

	/**
	 * @param id a subscription
	 * @param customerId the customer it must belong to
	 * @return the subscription, or empty if it does not exist or belongs to another
	 * customer
	 */
	Optional<Subscription> findByIdAndCustomerId(Long id, Long customerId);

	Subscription save(Subscription subscription);

	/**
	 * Writes the pending changes now, so that the database refuses a lost race inside the
	 * service rather than at commit.
	 */
	void flush();

}
