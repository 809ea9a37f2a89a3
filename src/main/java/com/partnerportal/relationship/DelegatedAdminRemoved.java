package com.partnerportal.relationship;

import java.time.Instant;

import com.partnerportal.account.Actor;

/**
 * A customer's Global admin took a partner's delegated admin for a service away; the
 * relationship stays.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param customerId the customer
 * @param customerName its company name
 * @param service the service
 * @param occurredAt when
 * @param actor the customer Global admin
 */
public record DelegatedAdminRemoved(Long partnerId, String partnerName, Long customerId, String customerName,
		NamedService service, Instant occurredAt, Actor actor) {
}
