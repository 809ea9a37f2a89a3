package com.partnerportal.subscription;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One subscription as the pages show it, with its service, offer limits, add-ons and the
 * names of its partner of record and support contact.
 *
 * @param id the subscription's id
 * @param serviceId the service it is for
 * @param serviceName that service's name
 * @param offerName the offer it is on
 * @param seats the number of licences
 * @param minSeats the fewest seats its offer allows, if the offer is in the catalogue
 * @param maxSeats the most seats its offer allows, if the offer is in the catalogue
 * @param status where it stands
 * @param partnerOfRecordId the partner that sold it, {@code null} if bought directly
 * @param partnerOfRecordName that partner's name
 * @param supportContactId the partner that supports it, if any
 * @param supportContactName that partner's name
 * @param version the version a form carries, to notice changes made meanwhile
 * @param addons its add-ons, by name
 */
public record SubscriptionView(Long id, Long serviceId, String serviceName, String offerName, int seats,
		@Nullable Integer minSeats, @Nullable Integer maxSeats, SubscriptionStatus status,
		@Nullable Long partnerOfRecordId, @Nullable String partnerOfRecordName, @Nullable Long supportContactId,
		@Nullable String supportContactName, long version, List<Addon> addons) {

	public boolean boughtDirectly() {
		return this.partnerOfRecordId == null;
	}

	/**
	 * @param partnerId a partner
	 * @return whether that partner sold the subscription
	 */
	public boolean isPartnerOfRecord(Long partnerId) {
		return partnerId.equals(this.partnerOfRecordId);
	}

	/**
	 * @param partnerId a partner
	 * @return whether that partner is the subscription's support contact
	 */
	public boolean isSupportContact(Long partnerId) {
		return partnerId.equals(this.supportContactId);
	}

	public boolean hasSeatLimits() {
		return this.minSeats != null && this.maxSeats != null;
	}

	/**
	 * @return the fewest seats the add-ons need: the largest add-on quantity, or zero
	 */
	public int seatsNeededByAddons() {
		return this.addons.stream().mapToInt(Addon::quantity).max().orElse(0);
	}

	/**
	 * One add-on of a subscription.
	 *
	 * @param name the add-on
	 * @param quantity for how many seats
	 */
	record Addon(String name, int quantity) {
	}

}
