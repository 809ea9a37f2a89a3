package com.partnerportal.subscription;

import java.util.List;

import org.springframework.stereotype.Component;

import com.partnerportal.relationship.RemovalBlocker;
import com.partnerportal.relationship.RemovalBlockers;
import com.partnerportal.relationship.SupportContactHandover;

/**
 * Tells the relationship feature which subscriptions keep a partner from ending its
 * relationship with a customer, and whose support contact passes to whom when it ends.
 */
@Component
class SubscriptionRemovalBlockers implements RemovalBlockers {

	private final SoldSubscriptions soldSubscriptions;

	private final SupportContactRelease supportContacts;

	SubscriptionRemovalBlockers(SoldSubscriptions soldSubscriptions, SupportContactRelease supportContacts) {
		this.soldSubscriptions = soldSubscriptions;
		this.supportContacts = supportContacts;
	}

	@Override
	public List<RemovalBlocker> blockers(Long partnerId, Long customerId) {
		return this.soldSubscriptions.active(partnerId, customerId)
			.stream()
			.map((sold) -> new RemovalBlocker(sold.offerName(), sold.serviceName(), sold.seats()))
			.toList();
	}

	@Override
	public List<SupportContactHandover> supportContactHandovers(Long partnerId, Long customerId) {
		return this.supportContacts.heldBy(partnerId, customerId)
			.stream()
			.map((held) -> new SupportContactHandover(held.offerName(), held.serviceName(),
					held.supportContactAfterRelease(partnerId)))
			.toList();
	}

}
