package com.partnerportal.generator;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One generated activity-log entry's action and values, in the proportions a busy partner
 * sees: mostly subscription changes and delegated admin, some invitations and agreements.
 *
 * @param action the action's name
 * @param oldValue the value before, if the action has one
 * @param newValue the value after, if the action has one
 * @param byCustomer whether a customer's user did it, rather than a partner's
 * @param withPartner whether the entry names the partner
 */
record ActivitySample(String action, @Nullable String oldValue, @Nullable String newValue, boolean byCustomer,
		boolean withPartner) {

	private static final List<String> OFFICE_OFFERS = List.of("Microsoft 365 Business Basic",
			"Microsoft 365 Business Standard", "Microsoft 365 Business Premium", "Office 365 E3");

	/**
	 * @param entry the entry's number
	 * @param partner the partner it concerns
	 * @param serviceNames the catalogue's service names by code
	 * @return the entry's action and values
	 */
	static ActivitySample of(int entry, int partner, Map<String, String> serviceNames) {
		int draw = Mix.below(entry, 50, 100);
		int seats = 5 + Mix.below(entry, 51, 200);
		String service = serviceNames
			.get((Mix.below(entry, 52, 2) == 0) ? CustomerPlan.DIRECTORY : CustomerPlan.OFFICE);
		String offer = OFFICE_OFFERS.get(Mix.below(entry, 53, OFFICE_OFFERS.size()));
		if (draw < 25) {
			return partnerDid("SUBSCRIPTION_SEATS_ADDED", String.valueOf(seats), String.valueOf(seats + 5));
		}
		if (draw < 33) {
			return partnerDid("SUBSCRIPTION_SEATS_REMOVED", String.valueOf(seats + 3), String.valueOf(seats));
		}
		if (draw < 45) {
			return new ActivitySample("DELEGATED_ADMIN_GRANTED", null, service, true, true);
		}
		if (draw < 53) {
			return new ActivitySample("INVITATION_VIEWED", null, "WITH_DELEGATED_ADMIN", true, true);
		}
		if (draw < 61) {
			return new ActivitySample("INVITATION_ACCEPTED", null, "WITH_DELEGATED_ADMIN", true, true);
		}
		if (draw < 68) {
			return new ActivitySample("RELATIONSHIP_ESTABLISHED", null, "RESELLER", true, true);
		}
		if (draw < 74) {
			String other = SampleOrganisations.PARTNERS.get(1 + Mix.below(entry, 54, 20)).name();
			return partnerDid("SUPPORT_CONTACT_CHANGED", SampleOrganisations.PARTNERS.get(partner).name(), other);
		}
		if (draw < 80) {
			return new ActivitySample("DELEGATED_ADMIN_REMOVED", service, null, true, true);
		}
		if (draw < 86) {
			return partnerDid("SUBSCRIPTION_SUSPENDED", "ACTIVE", "SUSPENDED");
		}
		if (draw < 92) {
			return partnerDid("SUBSCRIPTION_OFFER_CHANGED", offer, OFFICE_OFFERS.get(0));
		}
		if (draw < 96) {
			return partnerDid("SUBSCRIPTION_ADDON_ORDERED", null, "Exchange Online Archiving");
		}
		return new ActivitySample("CUSTOMER_AGREEMENT_ACCEPTED", null, "2026-11", true, false);
	}

	private static ActivitySample partnerDid(String action, @Nullable String oldValue, @Nullable String newValue) {
		return new ActivitySample(action, oldValue, newValue, false, true);
	}

}
