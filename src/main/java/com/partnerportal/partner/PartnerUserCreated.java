package com.partnerportal.partner;

import com.partnerportal.account.Actor;
import com.partnerportal.account.PartnerRole;

/**
 * A partner got a new user.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param userId the new user's account
 * @param email the new user's e-mail address
 * @param role the new user's role
 * @param actor who created the user
 */
public record PartnerUserCreated(Long partnerId, String partnerName, Long userId, String email, PartnerRole role,
		Actor actor) {
}
