package com.partnerportal.customerlist;

import org.jspecify.annotations.Nullable;

/**
 * Who sold a subscription, as the signed-in partner sees it. Message keys
 * {@code customers.subscriptions.partnerOfRecord.<NAME>} name them.
 */
enum PartnerOfRecord {

	/** The signed-in partner sold it and may change it. */
	YOU,
	/** Another partner sold it; only that one may change it. */
	OTHER_PARTNER,
	/** The customer bought it without a partner. */
	NONE;

	static PartnerOfRecord of(@Nullable Long partnerOfRecordId, Long viewerPartnerId) {
		if (partnerOfRecordId == null) {
			return NONE;
		}
		return partnerOfRecordId.equals(viewerPartnerId) ? YOU : OTHER_PARTNER;
	}

}
