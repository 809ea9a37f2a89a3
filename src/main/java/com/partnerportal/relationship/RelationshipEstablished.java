package com.partnerportal.relationship;

import java.time.Instant;

import com.partnerportal.account.Actor;

/**
 * A customer accepted a partner it had no relationship with, and the two now have one.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param customerId the customer
 * @param customerName its company name
 * @param relationshipType reseller or advisor
 * @param occurredAt when
 * @param actor the customer Global admin who accepted
 */
public record RelationshipEstablished(Long partnerId, String partnerName, Long customerId, String customerName,
		RelationshipType relationshipType, Instant occurredAt, Actor actor) {
}
