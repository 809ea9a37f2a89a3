package com.partnerportal.subscription;

/**
 * Why an operation on a subscription is refused. Message keys
 * {@code subscriptions.refusal.<NAME>} explain each in plain words.
 */
public enum SubscriptionRefusal {

	/**
	 * Another partner sold the subscription: only that one is billed and may change it.
	 */
	NOT_PARTNER_OF_RECORD(Kind.FORBIDDEN),
	/** The customer bought it without a partner, so no partner may change it. */
	BOUGHT_DIRECTLY(Kind.FORBIDDEN),
	/** The user's role at the partner of record may not do this. */
	ROLE_NOT_ALLOWED(Kind.FORBIDDEN),

	/** Cancelling is final. */
	CANCELLED(Kind.STATE),
	/**
	 * Only an active subscription can change seats, add-ons or offer, or be suspended.
	 */
	SUSPENDED(Kind.STATE),
	/** A suspended subscription cannot be suspended again. */
	ALREADY_SUSPENDED(Kind.STATE),
	/** Only a suspended subscription can be reactivated. */
	NOT_SUSPENDED(Kind.STATE),
	/**
	 * The subscription's offer is no longer in the catalogue, so its limits are unknown.
	 */
	OFFER_UNKNOWN(Kind.STATE),

	SEATS_ABOVE_MAXIMUM(Kind.INPUT), SEATS_BELOW_MINIMUM(Kind.INPUT), NOT_ENOUGH_SEATS(Kind.INPUT),
	SEATS_BELOW_ADDON(Kind.INPUT), ADDON_NOT_AVAILABLE(Kind.INPUT), ADDON_ABOVE_SEATS(Kind.INPUT),
	OFFER_NOT_AVAILABLE(Kind.INPUT), SAME_OFFER(Kind.INPUT), SEATS_OUTSIDE_OFFER(Kind.INPUT),
	SAME_PARTNER_OF_RECORD(Kind.INPUT), PARTNER_NOT_CSP(Kind.INPUT), PARTNER_NOT_RELATED(Kind.INPUT),
	SAME_SUPPORT_CONTACT(Kind.INPUT), SUPPORT_CONTACT_NOT_RELATED(Kind.INPUT);

	private final Kind kind;

	SubscriptionRefusal(Kind kind) {
		this.kind = kind;
	}

	/**
	 * @return whether the user may not perform the operation at all (a 403), rather than
	 * the subscription's state or the input being wrong
	 */
	public boolean isForbidden() {
		return this.kind == Kind.FORBIDDEN;
	}

	/**
	 * @return whether the input the user gave is wrong, so the form's field shows it
	 */
	public boolean isInput() {
		return this.kind == Kind.INPUT;
	}

	public String messageKey() {
		return "subscriptions.refusal." + name();
	}

	private enum Kind {

		FORBIDDEN, STATE, INPUT

	}

}
