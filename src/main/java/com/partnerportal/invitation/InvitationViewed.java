package com.partnerportal.invitation;

import com.partnerportal.account.Actor;

/**
 * A customer user opened a partner's invitation for the first time in a session.
 *
 * @param partnerId the partner inviting
 * @param partnerName its name
 * @param customerId the customer answering
 * @param customerName its company name
 * @param delegatedAdmin whether the invitation asks for delegated admin
 * @param actor the customer user
 */
public record InvitationViewed(Long partnerId, String partnerName, Long customerId, String customerName,
		boolean delegatedAdmin, Actor actor) {
}
