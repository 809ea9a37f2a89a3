package com.partnerportal.invitation;

import org.jspecify.annotations.Nullable;

/**
 * The accept form: the one thing the Global admin states besides accepting.
 *
 * @param agreementAccepted whether the box "I have read and accept the customer
 * agreement" is ticked; {@code null} when the form had no such box, because the customer
 * accepted the current agreement before
 */
record AcceptanceForm(@Nullable Boolean agreementAccepted) {

	/**
	 * @return whether the box was ticked
	 */
	boolean ticked() {
		return Boolean.TRUE.equals(this.agreementAccepted);
	}

}
