package com.partnerportal.relationship;

import java.time.Instant;

import com.partnerportal.account.Actor;

/**
 * A customer moved delegated admin for a service from one CSP partner to another. Each of
 * the two relationships publishes one, naming itself as the partner, so that each
 * partner's history and log show the move.
 *
 * @param partnerId the partner whose relationship this is: the one giving up or taking
 * over
 * @param partnerName its name
 * @param customerId the customer
 * @param customerName its company name
 * @param service the service
 * @param fromPartnerId the partner that held delegated admin until now
 * @param fromPartnerName its name
 * @param toPartnerId the partner that holds it now
 * @param toPartnerName its name
 * @param occurredAt when
 * @param actor the customer Global admin who moved it
 */
public record DelegatedAdminMoved(Long partnerId, String partnerName, Long customerId, String customerName,
		NamedService service, Long fromPartnerId, String fromPartnerName, Long toPartnerId, String toPartnerName,
		Instant occurredAt, Actor actor) {
}
