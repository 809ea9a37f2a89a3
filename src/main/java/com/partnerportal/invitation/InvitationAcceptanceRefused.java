package com.partnerportal.invitation;

import com.partnerportal.account.Actor;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

/**
 * A customer user's attempt to accept or decline a partner's invitation was refused.
 * Nothing else changed. Carries the clouds and territory as the refusal found them, so
 * that a reader can say why.
 *
 * @param partnerId the partner inviting
 * @param partnerName its name
 * @param customerId the customer
 * @param customerName its company name
 * @param delegatedAdmin whether the invitation asks for delegated admin
 * @param refusal why it was refused
 * @param partnerCloud the partner's cloud
 * @param customerCloud the customer's cloud
 * @param customerCountry the customer's country
 * @param partnerCountry the partner's own country
 * @param partnerRegion the region the partner serves
 * @param actor the customer user
 */
public record InvitationAcceptanceRefused(Long partnerId, String partnerName, Long customerId, String customerName,
		boolean delegatedAdmin, AcceptanceRefusal refusal, Cloud partnerCloud, Cloud customerCloud,
		String customerCountry, String partnerCountry, Region partnerRegion, Actor actor) {
}
