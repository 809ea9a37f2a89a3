package com.partnerportal.subscription;

import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The subscription's state machine and seat rules.
 */
class SubscriptionTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	private static final Long OFFICE = 2L;

	private static final Long AZURE = 4L;

	private static final Long FABRIKAM = 7L;

	private static final Offer BUSINESS_STANDARD = new Offer(20L, OFFICE, "Microsoft 365 Business Standard", 1, 300);

	private static final Offer BUSINESS_BASIC = new Offer(10L, OFFICE, "Microsoft 365 Business Basic", 1, 300);

	private static final Offer E3 = new Offer(50L, OFFICE, "Office 365 E3", 1, 10000);

	private static final Offer AZURE_PLAN = new Offer(90L, AZURE, "Azure plan", 1, 1);

	private static final AddonOffer TEAMS_PHONE = new AddonOffer(30L, OFFICE, "Microsoft Teams Phone Standard");

	private static final AddonOffer ARCHIVING = new AddonOffer(31L, OFFICE, "Exchange Online Archiving");

	private static final AddonOffer GOVERNANCE = new AddonOffer(40L, 1L, "Microsoft Entra ID Governance");

	private static final PartnerCandidate LITWARE = new PartnerCandidate(8L, "Litware Brasil", true, true);

	private static final PartnerCandidate NORTHWIND = new PartnerCandidate(9L, "Northwind Advisors", false, true);

	private static final PartnerCandidate TAILSPIN = new PartnerCandidate(10L, "Tailspin", true, false);

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

	@Test
	void addSeatsWhenWithinTheOfferThenSeatsGrow() {
		Subscription subscription = standard(45);

		subscription.addSeats(5, BUSINESS_STANDARD);

		assertThat(subscription.getSeats()).isEqualTo(50);
	}

	@Test
	void addSeatsWhenAboveTheOfferMaximumThenRefusedAndUnchanged() {
		Subscription subscription = standard(295);

		assertRefused(() -> subscription.addSeats(6, BUSINESS_STANDARD), SubscriptionRefusal.SEATS_ABOVE_MAXIMUM);
		assertThat(subscription.getSeats()).isEqualTo(295);
		subscription.addSeats(5, BUSINESS_STANDARD);
		assertThat(subscription.getSeats()).isEqualTo(300);
	}

	@Test
	void addSeatsWhenHugeThenRefusedWithoutOverflow() {
		Subscription subscription = new Subscription(1L, OFFICE, "Office 365 E3", 9000, FABRIKAM, NOW);

		assertRefused(() -> subscription.addSeats(Integer.MAX_VALUE, E3), SubscriptionRefusal.SEATS_ABOVE_MAXIMUM);
		assertThat(subscription.getSeats()).isEqualTo(9000);
	}

	@Test
	void seatChangesWhenCountNotPositiveOrAnotherOfferThenIllegal() {
		Subscription subscription = standard(45);

		assertThatIllegalArgumentException().isThrownBy(() -> subscription.addSeats(0, BUSINESS_STANDARD));
		assertThatIllegalArgumentException().isThrownBy(() -> subscription.removeSeats(-1, BUSINESS_STANDARD));
		assertThatIllegalArgumentException().isThrownBy(() -> subscription.addSeats(1, BUSINESS_BASIC));
	}

	@Test
	void removeSeatsWhenWithinLimitsThenSeatsShrink() {
		Subscription subscription = standard(45);

		assertThat(subscription.seatsAfterRemoving(44, BUSINESS_STANDARD)).isEqualTo(1);
		assertThat(subscription.getSeats()).isEqualTo(45);
		subscription.removeSeats(44, BUSINESS_STANDARD);
		assertThat(subscription.getSeats()).isEqualTo(1);
	}

	@Test
	void removeSeatsWhenMoreThanItHasThenRefusedSoNeverNegative() {
		Subscription subscription = standard(45);

		assertRefused(() -> subscription.removeSeats(46, BUSINESS_STANDARD), SubscriptionRefusal.NOT_ENOUGH_SEATS);
		assertThat(subscription.getSeats()).isEqualTo(45);
	}

	@Test
	void removeSeatsWhenBelowTheOfferMinimumThenRefused() {
		Subscription subscription = standard(45);

		assertRefused(() -> subscription.removeSeats(45, BUSINESS_STANDARD), SubscriptionRefusal.SEATS_BELOW_MINIMUM);
		assertRefused(() -> new Subscription(1L, AZURE, "Azure plan", 1, FABRIKAM, NOW).removeSeats(1, AZURE_PLAN),
				SubscriptionRefusal.SEATS_BELOW_MINIMUM);
	}

	@Test
	void removeSeatsWhenBelowWhatAnAddonCoversThenRefused() {
		Subscription subscription = standard(45);
		subscription.orderAddon(TEAMS_PHONE, 20, NOW, 3L);
		subscription.orderAddon(ARCHIVING, 10, NOW, 3L);

		assertThat(subscription.seatsNeededByAddons()).isEqualTo(20);
		assertRefused(() -> subscription.removeSeats(26, BUSINESS_STANDARD), SubscriptionRefusal.SEATS_BELOW_ADDON);
		subscription.removeSeats(25, BUSINESS_STANDARD);
		assertThat(subscription.getSeats()).isEqualTo(20);
	}

	@Test
	void orderAddonWhenNewThenAddedAndWhenAgainThenQuantityGrows() {
		Subscription subscription = standard(45);

		subscription.orderAddon(TEAMS_PHONE, 20, NOW, 3L);
		SubscriptionAddon again = subscription.orderAddon(TEAMS_PHONE, 5, NOW.plusSeconds(60), 4L);

		assertThat(subscription.getAddons()).singleElement().isSameAs(again);
		assertThat(again.getName()).isEqualTo("Microsoft Teams Phone Standard");
		assertThat(again.getQuantity()).isEqualTo(25);
		assertThat(again.getOrderedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(again.getOrderedBy()).isEqualTo(4L);
	}

	@Test
	void orderAddonWhenMoreThanTheSeatsThenRefused() {
		Subscription subscription = standard(45);
		subscription.orderAddon(TEAMS_PHONE, 40, NOW, 3L);

		assertRefused(() -> subscription.orderAddon(TEAMS_PHONE, 6, NOW, 3L), SubscriptionRefusal.ADDON_ABOVE_SEATS);
		assertRefused(() -> subscription.orderAddon(ARCHIVING, 46, NOW, 3L), SubscriptionRefusal.ADDON_ABOVE_SEATS);
		assertThat(subscription.addon(TEAMS_PHONE.getName())).get()
			.extracting(SubscriptionAddon::getQuantity)
			.isEqualTo(40);
		assertThat(subscription.addon(ARCHIVING.getName())).isEmpty();
	}

	@Test
	void orderAddonWhenSoldForAnotherServiceThenRefused() {
		Subscription subscription = standard(45);

		assertRefused(() -> subscription.orderAddon(GOVERNANCE, 1, NOW, 3L), SubscriptionRefusal.ADDON_NOT_AVAILABLE);
		assertThat(subscription.getAddons()).isEmpty();
	}

	@Test
	void changeOfferWhenSameServiceAndSeatsFitThenMovedKeepingSeatsAndAddons() {
		Subscription subscription = standard(45);
		subscription.orderAddon(TEAMS_PHONE, 20, NOW, 3L);

		subscription.changeOffer(E3);

		assertThat(subscription.getOfferName()).isEqualTo("Office 365 E3");
		assertThat(subscription.getSeats()).isEqualTo(45);
		assertThat(subscription.getAddons()).hasSize(1);
	}

	@Test
	void changeOfferWhenSameOfferAnotherServiceOrTooManySeatsThenRefused() {
		Subscription big = new Subscription(1L, OFFICE, "Office 365 E3", 400, FABRIKAM, NOW);

		assertRefused(() -> big.changeOffer(E3), SubscriptionRefusal.SAME_OFFER);
		assertRefused(() -> big.changeOffer(AZURE_PLAN), SubscriptionRefusal.OFFER_NOT_AVAILABLE);
		assertRefused(() -> big.changeOffer(BUSINESS_BASIC), SubscriptionRefusal.SEATS_OUTSIDE_OFFER);
		assertThat(big.getOfferName()).isEqualTo("Office 365 E3");
	}

	@Test
	void suspendThenReactivateWhenActiveThenBackToActive() {
		Subscription subscription = standard(45);

		subscription.suspend();
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.SUSPENDED);
		assertThat(subscription.isActive()).isFalse();
		subscription.reactivate();
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void reactivateWhenActiveThenRefusedAndSuspendWhenSuspendedThenRefused() {
		Subscription subscription = standard(45);

		assertRefused(subscription::reactivate, SubscriptionRefusal.NOT_SUSPENDED);
		subscription.suspend();
		assertRefused(subscription::suspend, SubscriptionRefusal.ALREADY_SUSPENDED);
	}

	@Test
	void changesWhenSuspendedThenOnlyReactivateCancelPartnerOfRecordAndSupportContact() {
		Subscription subscription = standard(45);
		subscription.suspend();

		assertRefused(() -> subscription.addSeats(1, BUSINESS_STANDARD), SubscriptionRefusal.SUSPENDED);
		assertRefused(() -> subscription.removeSeats(1, BUSINESS_STANDARD), SubscriptionRefusal.SUSPENDED);
		assertRefused(() -> subscription.orderAddon(TEAMS_PHONE, 1, NOW, 3L), SubscriptionRefusal.SUSPENDED);
		assertRefused(() -> subscription.changeOffer(E3), SubscriptionRefusal.SUSPENDED);
		subscription.designateSupportContact(NORTHWIND);
		subscription.changePartnerOfRecord(LITWARE);
		assertThat(subscription.getSeats()).isEqualTo(45);
		assertThat(subscription.getPartnerOfRecordId()).isEqualTo(LITWARE.id());
		subscription.cancel();
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void requireAppliesWhenCancelledThenEveryOperationRefusedBecauseCancellingIsFinal(SubscriptionOperation operation) {
		Subscription subscription = standard(45);
		subscription.cancel();

		assertRefused(() -> subscription.requireApplies(operation), SubscriptionRefusal.CANCELLED);
	}

	@Test
	void changesWhenCancelledThenRefusedAndNothingChanges() {
		Subscription subscription = standard(45);
		subscription.cancel();

		assertRefused(() -> subscription.addSeats(1, BUSINESS_STANDARD), SubscriptionRefusal.CANCELLED);
		assertRefused(() -> subscription.removeSeats(1, BUSINESS_STANDARD), SubscriptionRefusal.CANCELLED);
		assertRefused(() -> subscription.orderAddon(TEAMS_PHONE, 1, NOW, 3L), SubscriptionRefusal.CANCELLED);
		assertRefused(() -> subscription.changeOffer(E3), SubscriptionRefusal.CANCELLED);
		assertRefused(() -> subscription.changePartnerOfRecord(LITWARE), SubscriptionRefusal.CANCELLED);
		assertRefused(() -> subscription.designateSupportContact(NORTHWIND), SubscriptionRefusal.CANCELLED);
		assertRefused(subscription::suspend, SubscriptionRefusal.CANCELLED);
		assertRefused(subscription::reactivate, SubscriptionRefusal.CANCELLED);
		assertRefused(subscription::cancel, SubscriptionRefusal.CANCELLED);
		assertThat(subscription.getSeats()).isEqualTo(45);
		assertThat(subscription.getPartnerOfRecordId()).isEqualTo(FABRIKAM);
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
	}

	@Test
	void changePartnerOfRecordWhenCspPartnerRelatedToTheCustomerThenItTakesOverBillingAndSupport() {
		Subscription subscription = standard(45);

		subscription.changePartnerOfRecord(LITWARE);

		assertThat(subscription.isPartnerOfRecord(LITWARE.id())).isTrue();
		assertThat(subscription.isPartnerOfRecord(FABRIKAM)).isFalse();
		assertThat(subscription.getSupportContactPartnerId()).isEqualTo(LITWARE.id());
	}

	@Test
	void changePartnerOfRecordWhenAnotherPartnerSupportsThenThatSupportContactStays() {
		Subscription subscription = standard(45);
		subscription.designateSupportContact(NORTHWIND);

		subscription.changePartnerOfRecord(LITWARE);

		assertThat(subscription.getSupportContactPartnerId()).isEqualTo(NORTHWIND.id());
	}

	@Test
	void changePartnerOfRecordWhenNotCspUnrelatedOrTheSameThenRefused() {
		Subscription subscription = standard(45);

		assertRefused(() -> subscription.changePartnerOfRecord(NORTHWIND), SubscriptionRefusal.PARTNER_NOT_CSP);
		assertRefused(() -> subscription.changePartnerOfRecord(TAILSPIN), SubscriptionRefusal.PARTNER_NOT_RELATED);
		assertRefused(() -> subscription.changePartnerOfRecord(new PartnerCandidate(FABRIKAM, "Fabrikam", true, true)),
				SubscriptionRefusal.SAME_PARTNER_OF_RECORD);
		assertThat(subscription.getPartnerOfRecordId()).isEqualTo(FABRIKAM);
	}

	@Test
	void partnerOfRecordOperationsWhenBoughtDirectlyThenRefused() {
		Subscription subscription = new Subscription(1L, AZURE, "Azure plan", 1, null, NOW);

		assertRefused(() -> subscription.changePartnerOfRecord(LITWARE), SubscriptionRefusal.BOUGHT_DIRECTLY);
		assertRefused(() -> subscription.designateSupportContact(LITWARE), SubscriptionRefusal.BOUGHT_DIRECTLY);
		assertThat(subscription.getPartnerOfRecordId()).isNull();
		assertThat(subscription.getSupportContactPartnerId()).isNull();
	}

	@Test
	void designateSupportContactWhenRelatedPartnerOrThePartnerOfRecordThenSet() {
		Subscription subscription = standard(45);

		subscription.designateSupportContact(NORTHWIND);
		assertThat(subscription.getSupportContactPartnerId()).isEqualTo(NORTHWIND.id());
		subscription.designateSupportContact(new PartnerCandidate(FABRIKAM, "Fabrikam", true, true));
		assertThat(subscription.getSupportContactPartnerId()).isEqualTo(FABRIKAM);
	}

	@Test
	void designateSupportContactWhenUnrelatedOrAlreadyThatOneThenRefused() {
		Subscription subscription = standard(45);

		assertRefused(() -> subscription.designateSupportContact(TAILSPIN),
				SubscriptionRefusal.SUPPORT_CONTACT_NOT_RELATED);
		assertRefused(
				() -> subscription.designateSupportContact(new PartnerCandidate(FABRIKAM, "Fabrikam", true, true)),
				SubscriptionRefusal.SAME_SUPPORT_CONTACT);
		assertThat(subscription.getSupportContactPartnerId()).isEqualTo(FABRIKAM);
	}

	private static Subscription standard(int seats) {
		return new Subscription(1L, OFFICE, "Microsoft 365 Business Standard", seats, FABRIKAM, NOW);
	}

	private static void assertRefused(ThrowingCallable operation, SubscriptionRefusal refusal) {
		assertThatExceptionOfType(SubscriptionRefusedException.class).isThrownBy(operation)
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo(refusal))
			.satisfies((ex) -> assertThat(ex.getCodes()).containsExactly("subscriptions.refusal." + refusal.name()));
	}

}
