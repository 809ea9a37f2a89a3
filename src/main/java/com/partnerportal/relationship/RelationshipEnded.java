package com.partnerportal.relationship;

import java.time.Instant;
import java.util.List;

import com.partnerportal.account.Actor;

/**
 * A partner's relationship with a customer ended, and with it the partner's delegated
 * admin there.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param customerId the customer
 * @param customerName its company name
 * @param delegatedAdminEnded the services the partner held delegated admin for until now,
 * in the catalogue's order
 * @param occurredAt when
 * @param actor who ended it
 */
public record RelationshipEnded(Long partnerId, String partnerName, Long customerId, String customerName,
		List<NamedService> delegatedAdminEnded, Instant occurredAt, Actor actor) {

	public RelationshipEnded {
		delegatedAdminEnded = List.copyOf(delegatedAdminEnded);
	}

}
