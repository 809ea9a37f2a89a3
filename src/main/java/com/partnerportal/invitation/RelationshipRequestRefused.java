package com.partnerportal.invitation;

import com.partnerportal.account.Actor;
import com.partnerportal.shared.Cloud;

/**
 * A partner in a national cloud asked for the invitation without delegated admin, which
 * its cloud does not allow. Nothing was issued.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param cloud the partner's cloud
 * @param actor the partner user who asked
 */
public record RelationshipRequestRefused(Long partnerId, String partnerName, Cloud cloud, Actor actor) {
}
