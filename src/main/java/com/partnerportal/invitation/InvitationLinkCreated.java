package com.partnerportal.invitation;

import com.partnerportal.account.Actor;

/**
 * A partner got its invitation link, the first time one of its users asked for it.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param actor the partner user who asked
 */
public record InvitationLinkCreated(Long partnerId, String partnerName, Actor actor) {
}
