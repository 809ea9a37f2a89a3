package com.partnerportal.subscription;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.customer.Customer;
import com.partnerportal.partner.Partner;
import com.partnerportal.relationship.RelationshipEnded;
import com.partnerportal.subscription.internal.PartnerSubscriptionRepository;

/**
 * Takes a partner off every support contact it holds at one customer, as when its
 * relationship with the customer ends: each subscription falls back to its partner of
 * record, who designated the support contact in the first place.
 */
@Service
public class SupportContactRelease {

	private final PartnerSubscriptionRepository subscriptions;

	private final ApplicationEventPublisher events;

	SupportContactRelease(PartnerSubscriptionRepository subscriptions, ApplicationEventPublisher events) {
		this.subscriptions = subscriptions;
		this.events = events;
	}

	/**
	 * @param partnerId a partner
	 * @param customerId a customer
	 * @return the customer's subscriptions that have the partner as support contact
	 */
	@Transactional(readOnly = true)
	public List<SubscriptionFacts> heldBy(Long partnerId, Long customerId) {
		return this.subscriptions.findSupportedBy(customerId, partnerId);
	}

	/**
	 * Releases the support contacts and publishes a {@link SupportContactReleased} for
	 * each subscription changed. Runs only inside the caller's transaction, so that the
	 * release stands or falls with the change that caused it.
	 * @param partner the partner letting go
	 * @param customer the customer
	 * @param actor who caused the change
	 * @return the subscriptions changed, as they were before
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<SubscriptionFacts> release(Partner partner, Customer customer, Actor actor) {
		return release(partner.getId(), partner.getName(), customer.getId(), customer.getCompanyName(), actor);
	}

	/**
	 * A partner whose relationship with a customer ended can no longer be the support
	 * contact of its subscriptions. Listens synchronously, in the transaction that ended
	 * the relationship.
	 * @param ended the relationship that ended
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RelationshipEnded ended) {
		release(ended.partnerId(), ended.partnerName(), ended.customerId(), ended.customerName(), ended.actor());
	}

	private List<SubscriptionFacts> release(Long partnerId, String partnerName, Long customerId, String customerName,
			Actor actor) {
		List<SubscriptionFacts> held = this.subscriptions.findSupportedBy(customerId, partnerId);
		if (held.isEmpty()) {
			return held;
		}
		this.subscriptions.releaseSupportContacts(customerId, partnerId);
		for (SubscriptionFacts subscription : held) {
			@Nullable String next = subscription.supportContactAfterRelease(partnerId);
			this.events.publishEvent(new SupportContactReleased(partnerId, partnerName, customerId, customerName,
					subscription.offerName(), next, actor));
		}
		return held;
	}

}
