package com.partnerportal.activity;

import org.jspecify.annotations.Nullable;

import com.partnerportal.account.Actor;

/**
 * What a listener of this module writes about a change.
 *
 * @param actor who made the change
 * @param action what kind of change it was
 * @param partnerId the partner concerned, if any
 * @param partnerName the partner's name at the time
 * @param customerId the customer concerned, if any
 * @param customerName the customer's name at the time
 * @param oldValue the value before, if the change has one
 * @param newValue the value after, if the change has one
 */
record ActivityRecord(Actor actor, ActivityAction action, @Nullable Long partnerId, @Nullable String partnerName,
		@Nullable Long customerId, @Nullable String customerName, @Nullable String oldValue,
		@Nullable String newValue) {

	/**
	 * @param actor who
	 * @param action what
	 * @return a record about no particular partner or customer, to be narrowed with the
	 * {@code with} methods
	 */
	public static ActivityRecord of(Actor actor, ActivityAction action) {
		return new ActivityRecord(actor, action, null, null, null, null, null, null);
	}

	/**
	 * @param partnerId the partner the change is about
	 * @param partnerName its name now, so that a customer's entries name the partner
	 * @return this record about that partner
	 */
	public ActivityRecord partner(Long partnerId, String partnerName) {
		return new ActivityRecord(this.actor, this.action, partnerId, partnerName, this.customerId, this.customerName,
				this.oldValue, this.newValue);
	}

	public ActivityRecord customer(Long customerId, String customerName) {
		return new ActivityRecord(this.actor, this.action, this.partnerId, this.partnerName, customerId, customerName,
				this.oldValue, this.newValue);
	}

	public ActivityRecord change(@Nullable String oldValue, @Nullable String newValue) {
		return new ActivityRecord(this.actor, this.action, this.partnerId, this.partnerName, this.customerId,
				this.customerName, oldValue, newValue);
	}

}
