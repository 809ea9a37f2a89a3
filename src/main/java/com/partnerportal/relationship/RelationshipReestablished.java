package com.partnerportal.relationship;

import java.time.Instant;

import com.partnerportal.account.Actor;

/**
 * A customer accepted a partner again whose relationship with it had ended.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param customerId the customer
 * @param customerName its company name
 * @param occurredAt when
 * @param actor the customer Global admin who accepted
 */
public record RelationshipReestablished(Long partnerId, String partnerName, Long customerId, String customerName,
		Instant occurredAt, Actor actor) {
}
