package com.partnerportal.relationship;

import org.jspecify.annotations.Nullable;

import com.partnerportal.account.Actor;

/**
 * A partner user's attempt to end the partner's relationship with a customer was refused.
 * Nothing was changed.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param customerId the customer, named only when it is this partner's, so that no
 * refusal tells a partner about another's customer
 * @param customerName its company name, under the same condition
 * @param reason why: {@code ROLE_NOT_ALLOWED}, or
 * {@code ACTIVE_SUBSCRIPTIONS_AS_PARTNER_OF_RECORD} followed by the offers that block it
 * @param actor the partner user
 */
public record RelationshipRemovalRefused(Long partnerId, String partnerName, @Nullable Long customerId,
		@Nullable String customerName, String reason, Actor actor) {
}
