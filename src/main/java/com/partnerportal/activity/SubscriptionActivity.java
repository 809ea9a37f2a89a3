package com.partnerportal.activity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.partnerportal.subscription.SubscriptionAddonOrdered;
import com.partnerportal.subscription.SubscriptionOfferChanged;
import com.partnerportal.subscription.SubscriptionOperationRefused;
import com.partnerportal.subscription.SubscriptionParties;
import com.partnerportal.subscription.SubscriptionPartnerOfRecordChanged;
import com.partnerportal.subscription.SubscriptionSeatsChanged;
import com.partnerportal.subscription.SubscriptionStatusChanged;
import com.partnerportal.subscription.SupportContactDesignated;
import com.partnerportal.subscription.SupportContactReleased;

/**
 * Records the partner of record's operations on subscriptions, the ones refused, and the
 * support contacts released when a relationship ends. Listens synchronously, so each
 * entry is written in the transaction of the change, or of the refusal, it describes.
 */
@Component
class SubscriptionActivity {

	/** The value an entry shows when a subscription is left without a support contact. */
	static final String NOBODY = "none";

	private final ActivityLog log;

	SubscriptionActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(SubscriptionSeatsChanged event) {
		String subscription = label(event.offerName(), event.subscriptionId());
		record(event.parties(),
				(event.seatsAfter() > event.seatsBefore()) ? ActivityAction.SUBSCRIPTION_SEATS_ADDED
						: ActivityAction.SUBSCRIPTION_SEATS_REMOVED,
				subscription + ": " + event.seatsBefore() + " seats",
				subscription + ": " + event.seatsAfter() + " seats");
	}

	@EventListener
	void on(SubscriptionAddonOrdered event) {
		String addon = label(event.offerName(), event.subscriptionId()) + ": " + event.addonName() + " x ";
		record(event.parties(), ActivityAction.SUBSCRIPTION_ADDON_ORDERED, addon + event.quantityBefore(),
				addon + event.quantityAfter());
	}

	@EventListener
	void on(SubscriptionOfferChanged event) {
		record(event.parties(), ActivityAction.SUBSCRIPTION_OFFER_CHANGED,
				label(event.oldOfferName(), event.subscriptionId()),
				label(event.newOfferName(), event.subscriptionId()));
	}

	@EventListener
	void on(SubscriptionPartnerOfRecordChanged event) {
		partnerChanged(event.parties(), ActivityAction.SUBSCRIPTION_PARTNER_OF_RECORD_CHANGED,
				label(event.offerName(), event.subscriptionId()) + ": partner of record ", event.oldPartnerName(),
				event.newPartnerName());
	}

	@EventListener
	void on(SupportContactDesignated event) {
		partnerChanged(event.parties(), ActivityAction.SUPPORT_CONTACT_CHANGED,
				label(event.offerName(), event.subscriptionId()) + ": support contact ", event.oldPartnerName(),
				event.newPartnerName());
	}

	@EventListener
	void on(SubscriptionStatusChanged event) {
		ActivityAction action = switch (event.newStatus()) {
			case SUSPENDED -> ActivityAction.SUBSCRIPTION_SUSPENDED;
			case ACTIVE -> ActivityAction.SUBSCRIPTION_REACTIVATED;
			case CANCELLED -> ActivityAction.SUBSCRIPTION_CANCELLED;
		};
		String subscription = label(event.offerName(), event.subscriptionId());
		record(event.parties(), action, subscription + ": " + event.oldStatus(),
				subscription + ": " + event.newStatus());
	}

	@EventListener
	void on(SubscriptionOperationRefused event) {
		record(event.parties(), ActivityAction.SUBSCRIPTION_OPERATION_REFUSED,
				label(event.offerName(), event.subscriptionId()) + ": " + event.operation(),
				"refused: " + event.refusal());
	}

	@EventListener
	void on(SupportContactReleased event) {
		String next = event.newSupportContactName();
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.SUPPORT_CONTACT_CHANGED)
			.partner(event.partnerId(), event.partnerName())
			.customer(event.customerId(), event.customerName())
			.change(event.offerName() + ": " + event.partnerName(),
					event.offerName() + ": " + ((next != null) ? next : NOBODY)));
	}

	private void partnerChanged(SubscriptionParties parties, ActivityAction action, String role, String oldPartner,
			String newPartner) {
		record(parties, action, role + oldPartner, role + newPartner);
	}

	private void record(SubscriptionParties parties, ActivityAction action, String oldValue, String newValue) {
		this.log.record(ActivityRecord.of(parties.actor(), action)
			.partner(parties.partnerId(), parties.partnerName())
			.customer(parties.customerId(), parties.customerName())
			.change(oldValue, newValue));
	}

	/**
	 * How an entry names a subscription: the offer alone would be ambiguous for a
	 * customer with two subscriptions on it.
	 */
	private static String label(String offerName, Long subscriptionId) {
		return offerName + " (subscription " + subscriptionId + ")";
	}

}
