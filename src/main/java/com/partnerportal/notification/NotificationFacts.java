package com.partnerportal.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a notification says, as facts rather than text, so that each reader gets it in
 * their own language and time zone. The message of its kind (and variant) places them:
 * {@code {0}} the partner, {@code {1}} the customer, {@code {2}} the subject (a service,
 * a subscription's offer, a user), {@code {3}} and {@code {4}} the values before and
 * after, {@code {5}} who acted, {@code {6}} when.
 *
 * @param kind what it tells
 * @param variant a variant of the kind's text, or {@code null}
 * @param partnerName the partner concerned
 * @param customerName the customer concerned
 * @param subject the service, offer or user concerned
 * @param oldValue the value before
 * @param newValue the value after
 * @param actorName the person who acted
 * @param occurredAt when it happened
 */
record NotificationFacts(NotificationKind kind, @Nullable String variant, @Nullable String partnerName,
		@Nullable String customerName, @Nullable String subject, @Nullable String oldValue, @Nullable String newValue,
		@Nullable String actorName, Instant occurredAt) {

	static NotificationFacts of(NotificationKind kind, Instant occurredAt) {
		return new NotificationFacts(kind, null, null, null, null, null, null, null, occurredAt);
	}

	NotificationFacts variant(@Nullable String variant) {
		return new NotificationFacts(this.kind, variant, this.partnerName, this.customerName, this.subject,
				this.oldValue, this.newValue, this.actorName, this.occurredAt);
	}

	NotificationFacts parties(@Nullable String partnerName, @Nullable String customerName) {
		return new NotificationFacts(this.kind, this.variant, partnerName, customerName, this.subject, this.oldValue,
				this.newValue, this.actorName, this.occurredAt);
	}

	NotificationFacts subject(@Nullable String subject) {
		return new NotificationFacts(this.kind, this.variant, this.partnerName, this.customerName, subject,
				this.oldValue, this.newValue, this.actorName, this.occurredAt);
	}

	NotificationFacts change(@Nullable String oldValue, @Nullable String newValue) {
		return new NotificationFacts(this.kind, this.variant, this.partnerName, this.customerName, this.subject,
				oldValue, newValue, this.actorName, this.occurredAt);
	}

	NotificationFacts actor(@Nullable String actorName) {
		return new NotificationFacts(this.kind, this.variant, this.partnerName, this.customerName, this.subject,
				this.oldValue, this.newValue, actorName, this.occurredAt);
	}

}
