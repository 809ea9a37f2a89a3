package com.partnerportal.subscription;

/**
 * Someone else changed the subscription after the user's form was shown, so the form's
 * values may no longer make sense. Nothing was changed; the user reviews the current
 * state and tries again.
 */
public class SubscriptionChangedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param subscriptionId the subscription
	 * @param expected the version the form was shown with
	 * @param actual the version now
	 */
	public SubscriptionChangedException(Long subscriptionId, long expected, long actual) {
		super("Subscription " + subscriptionId + " is at version " + actual + ", not " + expected);
	}

	/**
	 * @param subscriptionId the subscription
	 * @param cause the database's refusal of a change made at the same moment as another
	 */
	SubscriptionChangedException(Long subscriptionId, Throwable cause) {
		super("Subscription " + subscriptionId + " was changed at the same moment", cause);
	}

}
