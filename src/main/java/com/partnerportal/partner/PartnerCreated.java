package com.partnerportal.partner;

import com.partnerportal.account.Actor;

/**
 * A platform admin created a partner organisation.
 *
 * @param partnerId the new partner
 * @param partnerName its name
 * @param actor the platform admin who created it
 */
public record PartnerCreated(Long partnerId, String partnerName, Actor actor) {
}
