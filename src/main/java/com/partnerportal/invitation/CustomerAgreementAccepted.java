package com.partnerportal.invitation;

import org.jspecify.annotations.Nullable;

import com.partnerportal.account.Actor;

/**
 * A customer's Global admin accepted the current customer agreement while accepting an
 * invitation.
 *
 * @param customerId the customer
 * @param customerName its company name
 * @param previousVersion the version it had accepted before, if any
 * @param version the version accepted now
 * @param actor the Global admin
 */
public record CustomerAgreementAccepted(Long customerId, String customerName, @Nullable String previousVersion,
		String version, Actor actor) {
}
