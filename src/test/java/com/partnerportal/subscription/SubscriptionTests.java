package com.partnerportal.subscription;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubscriptionTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@Test
	void newWhenSoldByPartnerThenActiveWithThatPartnerOfRecordAndSupportContact() {
		Subscription subscription = new Subscription(1L, 2L, " Office 365 E3 ", 10, 7L, NOW);

		assertThat(subscription.isActive()).isTrue();
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.getOfferName()).isEqualTo("Office 365 E3");
		assertThat(subscription.isPartnerOfRecord(7L)).isTrue();
		assertThat(subscription.isPartnerOfRecord(8L)).isFalse();
		assertThat(subscription.isBoughtElsewhere()).isFalse();
		assertThat(subscription.getSupportContactPartnerId()).isEqualTo(7L);
	}

	@Test
	void newWhenBoughtWithoutPartnerThenNoPartnerIsPartnerOfRecord() {
		Subscription subscription = new Subscription(1L, 2L, "Azure plan", 1, null, NOW);

		assertThat(subscription.isBoughtElsewhere()).isTrue();
		assertThat(subscription.isPartnerOfRecord(7L)).isFalse();
		assertThat(subscription.getSupportContactPartnerId()).isNull();
	}

	@Test
	void newWhenSeatsNegativeOrOfferBlankThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Subscription(1L, 2L, "Azure plan", -1, null, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> new Subscription(1L, 2L, " ", 1, null, NOW));
	}

	@Test
	void isActiveWhenSuspendedOrCancelledThenFalse() {
		assertThat(SubscriptionStatus.ACTIVE.isActive()).isTrue();
		assertThat(SubscriptionStatus.SUSPENDED.isActive()).isFalse();
		assertThat(SubscriptionStatus.CANCELLED.isActive()).isFalse();
	}

}
