package com.partnerportal.subscription;

import java.util.List;

/**
 * What an operation's form shows: the subscription and the values to choose from.
 *
 * @param customerName the subscription's customer
 * @param subscription the subscription as it is now
 * @param offers the other offers of its service, for a change of offer
 * @param addons the add-ons sold for its service, for an order
 * @param partners the partners that may become its partner of record, or its support
 * contact, depending on the operation
 */
public record OperationChoices(String customerName, SubscriptionView subscription, List<Offer> offers,
		List<AddonOffer> addons, List<PartnerCandidate> partners) {
}
