package com.partnerportal.activity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.partnerportal.customer.CustomerRegistered;

/**
 * Records customer organisations registering themselves. Listens synchronously, so the
 * entries are written in the transaction of the registration.
 */
@Component
class CustomerActivity {

	private final ActivityLog log;

	CustomerActivity(ActivityLog log) {
		this.log = log;
	}

	/**
	 * Two entries: the organisation, and its first user.
	 */
	@EventListener
	void on(CustomerRegistered event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.CUSTOMER_REGISTERED)
			.customer(event.customerId(), event.customerName())
			.change(null, event.domain()));
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.USER_CREATED)
			.customer(event.customerId(), event.customerName())
			.change(null, event.email()));
	}

}
