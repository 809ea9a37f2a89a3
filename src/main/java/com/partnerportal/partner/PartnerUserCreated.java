package com.partnerportal.partner;

import java.time.Instant;

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
 * @param occurredAt when
 * @param actor who created the user
 */
public record PartnerUserCreated(Long partnerId, String partnerName, Long userId, String email, PartnerRole role,
		Instant occurredAt, Actor actor) {
}
