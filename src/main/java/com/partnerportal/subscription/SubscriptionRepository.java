package com.partnerportal.subscription;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Customers' subscriptions, always looked up within one customer.
 */
public interface SubscriptionRepository extends Repository<Subscription, Long> {

	List<Subscription> findByCustomerIdOrderById(Long customerId);

	Subscription save(Subscription subscription);

}
