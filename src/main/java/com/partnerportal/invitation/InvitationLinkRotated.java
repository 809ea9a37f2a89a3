package com.partnerportal.invitation;

import java.time.Instant;

import com.partnerportal.account.Actor;

/**
 * A partner's Global admin replaced the partner's invitation link; the old one stopped
 * working.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param replacedLinkCreatedAt when the replaced link was created
 * @param newLinkCreatedAt when the new link was created
 * @param actor the Global admin who replaced it
 */
public record InvitationLinkRotated(Long partnerId, String partnerName, Instant replacedLinkCreatedAt,
		Instant newLinkCreatedAt, Actor actor) {
}
