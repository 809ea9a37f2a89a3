package com.partnerportal.subscription;

import org.jspecify.annotations.Nullable;

/**
 * What other features show of one subscription when it decides something for them: which
 * subscriptions keep a partner tied to a customer, and where a support contact goes.
 *
 * @param id the subscription's id
 * @param offerName the offer bought
 * @param serviceName the catalogue service it is for
 * @param seats the number of licences
 * @param status where it stands
 * @param partnerOfRecordId the partner that sold it, {@code null} if bought elsewhere
 * @param partnerOfRecordName that partner's name, {@code null} if bought elsewhere
 */
public record SubscriptionFacts(Long id, String offerName, String serviceName, int seats, SubscriptionStatus status,
		@Nullable Long partnerOfRecordId, @Nullable String partnerOfRecordName) {

	/**
	 * @param partnerId a partner
	 * @return who takes over as support contact when that partner lets go: the partner of
	 * record, or nobody when the partner is the partner of record itself or the customer
	 * bought the subscription elsewhere
	 */
	public @Nullable String supportContactAfterRelease(Long partnerId) {
		return partnerId.equals(this.partnerOfRecordId) ? null : this.partnerOfRecordName;
	}

}
