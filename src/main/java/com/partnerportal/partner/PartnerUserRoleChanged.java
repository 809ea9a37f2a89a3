package com.partnerportal.partner;

import java.time.Instant;

import com.partnerportal.account.Actor;
import com.partnerportal.account.PartnerRole;

/**
 * A partner's Global admin gave one of the partner's users another role.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param userId the user changed
 * @param email the user's e-mail address
 * @param oldRole the role before
 * @param newRole the role now
 * @param occurredAt when
 * @param actor the Global admin who changed it
 */
public record PartnerUserRoleChanged(Long partnerId, String partnerName, Long userId, String email, PartnerRole oldRole,
		PartnerRole newRole, Instant occurredAt, Actor actor) {
}
