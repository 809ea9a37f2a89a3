package com.partnerportal.relationship;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The delegated admin that a removal takes away, one item per partner and service: what
 * the confirmation page lists before, and what the confirmation says after.
 *
 * @param reach how far the request reached
 * @param partnerName the partner's name when the request named one
 * @param relationshipType that partner's relationship type
 * @param serviceName the service's name when the request named one
 * @param items what is (or was) removed; empty when there is nothing to remove
 * @param partnerServesSubscriptions whether that partner is the partner of record or the
 * support contact of any of the customer's subscriptions not cancelled
 */
public record RemovalPlan(Reach reach, @Nullable String partnerName, @Nullable RelationshipType relationshipType,
		@Nullable String serviceName, List<Item> items, boolean partnerServesSubscriptions) {

	/**
	 * What the named partner remains once its admin privileges go. A reseller remains the
	 * customer's support contact only where it serves subscriptions: a customer without
	 * any would otherwise be told of a support contact it does not have.
	 * @return the message key of the sentence that says so, which takes the partner's
	 * name; {@code null} when the removal names no partner
	 */
	public @Nullable String keptRelationshipMessage() {
		if (this.relationshipType == null) {
			return null;
		}
		String key = "relationships.remove.keeps." + this.relationshipType;
		return (this.relationshipType == RelationshipType.RESELLER && !this.partnerServesSubscriptions)
				? key + ".noSubscriptions" : key;
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/**
	 * @return the names of the services concerned, each once, in catalogue order
	 */
	public List<String> serviceNames() {
		return this.items.stream().map(Item::serviceName).distinct().toList();
	}

	/**
	 * @return the names of the partners concerned, each once, by name
	 */
	public List<String> partnerNames() {
		return this.items.stream().map(Item::partnerName).distinct().toList();
	}

	/**
	 * How far a removal request reaches.
	 */
	public enum Reach {

		/** One partner, one service. */
		PARTNER_SERVICE,
		/** One partner, every service. */
		PARTNER,
		/** Every partner, one service. */
		SERVICE,
		/** Every partner, every service. */
		EVERYTHING

	}

	/**
	 * One partner's delegated admin for one service.
	 *
	 * @param partnerId the partner
	 * @param partnerName its name
	 * @param relationshipType its relationship with the customer, which stays
	 * @param serviceId the service
	 * @param serviceName its name
	 */
	public record Item(Long partnerId, String partnerName, RelationshipType relationshipType, Long serviceId,
			String serviceName) {
	}

}
