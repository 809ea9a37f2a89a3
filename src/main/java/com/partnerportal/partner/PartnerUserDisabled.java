package com.partnerportal.partner;

import java.time.Instant;

import com.partnerportal.account.Actor;

/**
 * A partner's Global admin disabled one of the partner's users, who can no longer sign
 * in.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param userId the user disabled
 * @param email the user's e-mail address
 * @param occurredAt when
 * @param actor the Global admin who disabled it
 */
public record PartnerUserDisabled(Long partnerId, String partnerName, Long userId, String email, Instant occurredAt,
		Actor actor) {
}
