package com.partnerportal.invitation;

import java.time.Instant;

import com.partnerportal.account.Actor;

/**
 * A customer's Global admin accepted a partner's invitation.
 *
 * @param partnerId the partner inviting
 * @param partnerName its name
 * @param customerId the customer answering
 * @param customerName its company name
 * @param delegatedAdmin whether the invitation asks for delegated admin
 * @param occurredAt when
 * @param actor the customer user
 */
public record InvitationAccepted(Long partnerId, String partnerName, Long customerId, String customerName,
		boolean delegatedAdmin, Instant occurredAt, Actor actor) {
}
