package com.partnerportal.subscription;

import java.util.Arrays;
import java.util.List;

import com.partnerportal.account.PartnerRole;

/**
 * One subscription on the partner's subscriptions page, with what the signed-in user may
 * do to it.
 *
 * @param subscription the subscription
 * @param standing what the signed-in partner is to it
 * @param operations the operations the user may start now, in the page's order
 * @param restricted whether the subscription allows further operations that the user's
 * role may not perform
 */
public record PartnerSubscriptionLine(SubscriptionView subscription, Standing standing,
		List<SubscriptionOperation> operations, boolean restricted) {

	/**
	 * @param subscription a subscription of one of the partner's customers
	 * @param partnerId the signed-in partner
	 * @param role the signed-in user's role
	 * @return the line as that user sees it
	 */
	public static PartnerSubscriptionLine of(SubscriptionView subscription, Long partnerId, PartnerRole role) {
		if (subscription.boughtDirectly()) {
			return new PartnerSubscriptionLine(subscription, Standing.BOUGHT_DIRECTLY, List.of(), false);
		}
		if (!subscription.isPartnerOfRecord(partnerId)) {
			return new PartnerSubscriptionLine(subscription, Standing.OTHER_PARTNER, List.of(), false);
		}
		List<SubscriptionOperation> applicable = Arrays.stream(SubscriptionOperation.values())
			.filter((operation) -> operation.appliesTo(subscription.status()))
			.toList();
		List<SubscriptionOperation> permitted = applicable.stream()
			.filter((operation) -> operation.permits(role))
			.toList();
		return new PartnerSubscriptionLine(subscription, Standing.PARTNER_OF_RECORD, permitted,
				permitted.size() < applicable.size());
	}

	public boolean isPartnerOfRecord() {
		return this.standing == Standing.PARTNER_OF_RECORD;
	}

	/**
	 * What the signed-in partner is to a subscription.
	 */
	enum Standing {

		/** It sold the subscription, is billed for it and may change it. */
		PARTNER_OF_RECORD,
		/** Another partner sold it. */
		OTHER_PARTNER,
		/** The customer bought it without a partner. */
		BOUGHT_DIRECTLY

	}

}
