package com.partnerportal.invitation;

import com.partnerportal.relationship.RelationshipPlan;

/**
 * What a customer's Global admin sees before accepting: the request, whether the customer
 * agreement must be accepted with it, and what would change.
 *
 * @param details what the invitation asks for
 * @param agreementRequired whether the customer has yet to accept the current customer
 * agreement
 * @param plan what accepting would change in the relationship
 */
public record AcceptancePreview(LandingDetails details, boolean agreementRequired, RelationshipPlan plan) {

	/**
	 * @return whether the relationship asked for is in force already, so that accepting
	 * changes nothing in it
	 */
	public boolean alreadyInPlace() {
		return this.plan.changesNothing();
	}

}
