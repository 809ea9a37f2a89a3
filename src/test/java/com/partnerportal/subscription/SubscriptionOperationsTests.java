package com.partnerportal.subscription;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.partner.PartnerActor;
import com.partnerportal.relationship.ResellerRelationship;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.subscription.internal.SubscriptionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each operation of the partner of record, who may perform it, and what the activity log
 * records, against the demo data: Fabrikam sold Adatum three subscriptions and Adatum
 * bought its Azure plan directly.
 */
@PortalTest
@Transactional
class SubscriptionOperationsTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@Autowired
	SubscriptionOperations operations;

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoRelationships demoRelationships;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DemoAccounts demo;

	private Long adatum;

	private Long fabrikam;

	private Long northwind;

	private Long litware;

	private Subscription standard;

	private Subscription dynamics;

	private Subscription azurePlan;

	@BeforeEach
	void setUp() {
		this.adatum = this.demo.customerId("adatum.test");
		this.fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		this.northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		this.litware = this.demo.partnerId("Litware Brasil");
		List<Subscription> adatums = this.subscriptions.findByCustomerIdOrderById(this.adatum);
		this.standard = offer(adatums, "Microsoft 365 Business Standard");
		this.dynamics = offer(adatums, "Dynamics 365 Sales Professional");
		this.azurePlan = offer(adatums, "Azure plan");
	}

	@Test
	void addSeatsWhenAdminAgentOfThePartnerOfRecordThenSeatsGrowAndTheLogSaysFromWhatToWhat() {
		OperationResult result = this.operations.addSeats(user("agent@fabrikam.test"), this.adatum,
				this.standard.getId(), this.standard.getVersion(), 5);

		assertThat(this.standard.getSeats()).isEqualTo(50);
		assertThat(result.value()).isEqualTo("50");
		assertLastEntry(ActivityAction.SUBSCRIPTION_SEATS_ADDED, this.fabrikam, "Bruno Ortega",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + "): 45 seats",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + "): 50 seats");
	}

	@Test
	void addSeatsWhenAboveTheOfferMaximumThenRefusedUnrecordedAndUnchanged() {
		int entriesBefore = entries().size();

		assertRefused(() -> this.operations.addSeats(user("ga@fabrikam.test"), this.adatum, this.standard.getId(),
				this.standard.getVersion(), 256), SubscriptionRefusal.SEATS_ABOVE_MAXIMUM);

		assertThat(this.standard.getSeats()).isEqualTo(45);
		assertThat(entries()).hasSize(entriesBefore);
	}

	@Test
	void removeSeatsWhenPreviewedThenNothingChangesAndWhenDoneThenSeatsShrink() {
		PartnerActor ana = user("ga@fabrikam.test");
		int entries = entries().size();

		int after = this.operations.previewRemoveSeats(ana, this.adatum, this.standard.getId(),
				this.standard.getVersion(), 25);

		assertThat(after).isEqualTo(20);
		assertThat(this.standard.getSeats()).isEqualTo(45);
		assertThat(entries()).hasSize(entries);

		this.operations.removeSeats(ana, this.adatum, this.standard.getId(), this.standard.getVersion(), 25);

		assertThat(this.standard.getSeats()).isEqualTo(20);
		assertLastEntry(ActivityAction.SUBSCRIPTION_SEATS_REMOVED, this.fabrikam, "Ana García",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + "): 45 seats",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + "): 20 seats");
	}

	@Test
	void removeSeatsWhenBelowTheAddonsThenRefused() {
		assertRefused(() -> this.operations.previewRemoveSeats(user("ga@fabrikam.test"), this.adatum,
				this.standard.getId(), this.standard.getVersion(), 26), SubscriptionRefusal.SEATS_BELOW_ADDON);
		assertRefused(() -> this.operations.removeSeats(user("ga@fabrikam.test"), this.adatum, this.standard.getId(),
				this.standard.getVersion(), 26), SubscriptionRefusal.SEATS_BELOW_ADDON);

		assertThat(this.standard.getSeats()).isEqualTo(45);
	}

	@Test
	void orderAddonWhenSoldForTheServiceThenAddedRecordedAndTheVersionRaised() {
		long version = this.standard.getVersion();

		this.operations.orderAddon(user("ga@fabrikam.test"), this.adatum, this.standard.getId(), version,
				this.demo.addonId("Microsoft 365 Audio Conferencing"), 30);
		this.entityManager.flush();

		assertThat(this.standard.addon("Microsoft 365 Audio Conferencing")).get()
			.satisfies((addon) -> assertThat(addon.getQuantity()).isEqualTo(30))
			.satisfies((addon) -> assertThat(addon.getOrderedBy()).isEqualTo(user("ga@fabrikam.test").userId()));
		assertThat(this.standard.getVersion()).isGreaterThan(version);
		assertLastEntry(ActivityAction.SUBSCRIPTION_ADDON_ORDERED, this.fabrikam, "Ana García",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId()
						+ "): Microsoft 365 Audio Conferencing x 0",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId()
						+ "): Microsoft 365 Audio Conferencing x 30");
	}

	@Test
	void orderAddonWhenOfAnotherServiceThenRefused() {
		assertRefused(
				() -> this.operations.orderAddon(user("ga@fabrikam.test"), this.adatum, this.standard.getId(),
						this.standard.getVersion(), this.demo.addonId("Microsoft Entra ID Governance"), 1),
				SubscriptionRefusal.ADDON_NOT_AVAILABLE);

		assertThat(this.standard.getAddons()).hasSize(2);
	}

	@Test
	void changeOfferWhenAnotherOfferOfTheServiceThenTransitioned() {
		this.operations.changeOffer(user("ga@fabrikam.test"), this.adatum, this.standard.getId(),
				this.standard.getVersion(), this.demo.offerId("Office 365 E3"));

		assertThat(this.standard.getOfferName()).isEqualTo("Office 365 E3");
		assertLastEntry(ActivityAction.SUBSCRIPTION_OFFER_CHANGED, this.fabrikam, "Ana García",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + ")",
				"Office 365 E3 (subscription " + this.standard.getId() + ")");
	}

	@Test
	void changeOfferWhenOfferOfAnotherServiceThenRefused() {
		assertRefused(
				() -> this.operations.changeOffer(user("ga@fabrikam.test"), this.adatum, this.standard.getId(),
						this.standard.getVersion(), this.demo.offerId("Azure plan")),
				SubscriptionRefusal.OFFER_NOT_AVAILABLE);
	}

	@Test
	void changePartnerOfRecordWhenCspPartnerWithAnActiveRelationshipThenItTakesOverAndFabrikamLosesTheOperations() {
		relate("Litware Brasil");
		PartnerActor ana = user("ga@fabrikam.test");

		assertThat(this.operations
			.previewPartnerOfRecord(ana, this.adatum, this.standard.getId(), this.standard.getVersion(), this.litware)
			.name()).isEqualTo("Litware Brasil");
		this.operations.changePartnerOfRecord(ana, this.adatum, this.standard.getId(), this.standard.getVersion(),
				this.litware);
		this.entityManager.flush();

		assertThat(this.standard.isPartnerOfRecord(this.litware)).isTrue();
		assertThat(this.standard.getSupportContactPartnerId()).isEqualTo(this.litware);
		assertLastEntry(ActivityAction.SUBSCRIPTION_PARTNER_OF_RECORD_CHANGED, this.fabrikam, "Ana García",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId()
						+ "): partner of record Fabrikam Cloud Partners",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId()
						+ "): partner of record Litware Brasil");
		assertRefused(
				() -> this.operations.addSeats(ana, this.adatum, this.standard.getId(), this.standard.getVersion(), 1),
				SubscriptionRefusal.NOT_PARTNER_OF_RECORD);
		this.operations.addSeats(user("ga@litware.test"), this.adatum, this.standard.getId(),
				this.standard.getVersion(), 1);
		assertThat(this.standard.getSeats()).isEqualTo(46);
	}

	@Test
	void changePartnerOfRecordWhenPartnerOutsideTheCspProgrammeThenRefused() {
		relate(DemoAccounts.NORTHWIND);

		assertRefused(
				() -> this.operations.previewPartnerOfRecord(user("ga@fabrikam.test"), this.adatum,
						this.standard.getId(), this.standard.getVersion(), this.northwind),
				SubscriptionRefusal.PARTNER_NOT_CSP);
		assertRefused(
				() -> this.operations.changePartnerOfRecord(user("ga@fabrikam.test"), this.adatum,
						this.standard.getId(), this.standard.getVersion(), this.northwind),
				SubscriptionRefusal.PARTNER_NOT_CSP);
		assertThat(this.standard.isPartnerOfRecord(this.fabrikam)).isTrue();
	}

	@Test
	void changePartnerOfRecordWhenCspPartnerWithoutAnActiveRelationshipThenNotFound() {
		// The chooser lists related partners only; another id answers as an unknown one
		// would, without naming the partner.
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.changePartnerOfRecord(user("ga@fabrikam.test"), this.adatum,
					this.standard.getId(), this.standard.getVersion(), this.litware));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.previewPartnerOfRecord(user("ga@fabrikam.test"), this.adatum,
					this.standard.getId(), this.standard.getVersion(), this.litware));

		ResellerRelationship ended = relate("Litware Brasil");
		ended.end(NOW, DemoRelationships.SET_UP);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.changePartnerOfRecord(user("ga@fabrikam.test"), this.adatum,
					this.standard.getId(), this.standard.getVersion(), this.litware));
		assertThat(this.standard.isPartnerOfRecord(this.fabrikam)).isTrue();
	}

	@Test
	void changePartnerOfRecordWhenNoSuchPartnerThenNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.changePartnerOfRecord(user("ga@fabrikam.test"), this.adatum,
					this.standard.getId(), this.standard.getVersion(), 999_999L));
	}

	@Test
	void changePartnerOfRecordWhenSuspendedThenAllowed() {
		relate("Litware Brasil");

		this.operations.changePartnerOfRecord(user("ga@fabrikam.test"), this.adatum, this.dynamics.getId(),
				this.dynamics.getVersion(), this.litware);

		assertThat(this.dynamics.isPartnerOfRecord(this.litware)).isTrue();
	}

	@Test
	void designateSupportContactWhenHelpdeskAgentChoosesARelatedPartnerThenSetAndRecorded() {
		relate(DemoAccounts.NORTHWIND);

		this.operations.designateSupportContact(user("helpdesk@fabrikam.test"), this.adatum, this.standard.getId(),
				this.standard.getVersion(), this.northwind);

		assertThat(this.standard.getSupportContactPartnerId()).isEqualTo(this.northwind);
		assertLastEntry(ActivityAction.SUPPORT_CONTACT_CHANGED, this.fabrikam, "Diego Martín",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId()
						+ "): support contact Fabrikam Cloud Partners",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId()
						+ "): support contact Northwind Advisors");
	}

	@Test
	void designateSupportContactWhenPartnerWithoutARelationshipThenNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.designateSupportContact(user("ga@fabrikam.test"), this.adatum,
					this.standard.getId(), this.standard.getVersion(), this.northwind));

		assertThat(this.standard.getSupportContactPartnerId()).isEqualTo(this.fabrikam);
	}

	@Test
	void choicesWhenSupportContactThenThePartnerOfRecordAndEveryRelatedPartner() {
		relate(DemoAccounts.NORTHWIND);
		relate("Litware Brasil");

		OperationChoices support = this.operations.choices(user("helpdesk@fabrikam.test"), this.adatum,
				this.standard.getId(), SubscriptionOperation.DESIGNATE_SUPPORT_CONTACT);
		OperationChoices record = this.operations.choices(user("ga@fabrikam.test"), this.adatum, this.standard.getId(),
				SubscriptionOperation.CHANGE_PARTNER_OF_RECORD);

		assertThat(support.partners()).extracting(PartnerCandidate::name)
			.containsExactly(DemoAccounts.FABRIKAM, "Litware Brasil", DemoAccounts.NORTHWIND);
		assertThat(record.partners()).extracting(PartnerCandidate::name).containsExactly("Litware Brasil");
	}

	@Test
	void suspendReactivateAndCancelWhenAllowedThenEachRecorded() {
		PartnerActor ana = user("ga@fabrikam.test");

		this.operations.suspend(ana, this.adatum, this.standard.getId(), this.standard.getVersion());
		// Each request commits its change; here one transaction holds them all, so flush
		// to
		// raise the version the next form would carry.
		this.entityManager.flush();
		assertThat(this.standard.getStatus()).isEqualTo(SubscriptionStatus.SUSPENDED);
		assertLastEntry(ActivityAction.SUBSCRIPTION_SUSPENDED, this.fabrikam, "Ana García",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + "): ACTIVE",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + "): SUSPENDED");
		this.operations.reactivate(ana, this.adatum, this.standard.getId(), this.standard.getVersion());
		this.entityManager.flush();
		assertThat(this.standard.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(entries().get(entries().size() - 1).getAction()).isEqualTo(ActivityAction.SUBSCRIPTION_REACTIVATED);
		this.operations.cancel(ana, this.adatum, this.standard.getId(), this.standard.getVersion());
		this.entityManager.flush();
		assertThat(this.standard.getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
		assertThat(entries().get(entries().size() - 1).getAction()).isEqualTo(ActivityAction.SUBSCRIPTION_CANCELLED);
		assertRefused(
				() -> this.operations.reactivate(ana, this.adatum, this.standard.getId(), this.standard.getVersion()),
				SubscriptionRefusal.CANCELLED);
	}

	@Test
	void reactivateWhenActiveThenRefused() {
		assertRefused(() -> this.operations.reactivate(user("ga@fabrikam.test"), this.adatum, this.standard.getId(),
				this.standard.getVersion()), SubscriptionRefusal.NOT_SUSPENDED);
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void operationWhenPartnerHoldsDelegatedAdminButIsNotThePartnerOfRecordThenRefusedAndRecorded(
			SubscriptionOperation operation) {
		ResellerRelationship northwind = relate(DemoAccounts.NORTHWIND);
		this.demoRelationships.grant(northwind, "OFFICE_365", NOW);
		relate("Litware Brasil");
		PartnerActor giulia = user("ga@northwind.test");

		assertRefused(() -> invoke(operation, giulia, this.standard), SubscriptionRefusal.NOT_PARTNER_OF_RECORD);
		assertRefused(() -> this.operations.choices(giulia, this.adatum, this.standard.getId(), operation),
				SubscriptionRefusal.NOT_PARTNER_OF_RECORD);

		assertUnchanged(this.standard);
		assertLastEntry(ActivityAction.SUBSCRIPTION_OPERATION_REFUSED, this.northwind, "Giulia Bianchi",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + "): " + operation,
				"refused: NOT_PARTNER_OF_RECORD");
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void operationWhenBoughtDirectlyThenRefusedEvenForARelatedPartner(SubscriptionOperation operation) {
		relate("Litware Brasil");

		assertRefused(() -> invoke(operation, user("ga@fabrikam.test"), this.azurePlan),
				SubscriptionRefusal.BOUGHT_DIRECTLY);

		assertThat(this.azurePlan.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(this.azurePlan.getPartnerOfRecordId()).isNull();
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void operationWhenSalesAgentOfThePartnerOfRecordThenRefusedForTheRole(SubscriptionOperation operation) {
		relate(DemoAccounts.NORTHWIND);
		relate("Litware Brasil");

		assertRefused(() -> invoke(operation, user("sales@fabrikam.test"), this.standard),
				SubscriptionRefusal.ROLE_NOT_ALLOWED);

		assertUnchanged(this.standard);
		assertLastEntry(ActivityAction.SUBSCRIPTION_OPERATION_REFUSED, this.fabrikam, "Carmen Ruiz",
				"Microsoft 365 Business Standard (subscription " + this.standard.getId() + "): " + operation,
				"refused: ROLE_NOT_ALLOWED");
	}

	@ParameterizedTest
	@EnumSource(value = SubscriptionOperation.class, names = "DESIGNATE_SUPPORT_CONTACT",
			mode = EnumSource.Mode.EXCLUDE)
	void operationWhenHelpdeskAgentOfThePartnerOfRecordThenOnlyTheSupportContactIsAllowed(
			SubscriptionOperation operation) {
		relate("Litware Brasil");

		assertRefused(() -> invoke(operation, user("helpdesk@fabrikam.test"), this.standard),
				SubscriptionRefusal.ROLE_NOT_ALLOWED);

		assertUnchanged(this.standard);
	}

	@Test
	void operationWhenCustomerIsNotThePartnersThenNotFound() {
		Long contoso = this.demo.customerId("contoso.test");
		Subscription contosos = this.subscriptions
			.save(new Subscription(contoso, this.demo.serviceId("AZURE"), "Azure plan", 1, this.fabrikam, NOW));

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.operations
			.addSeats(user("ga@fabrikam.test"), contoso, contosos.getId(), contosos.getVersion(), 1));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.operations
			.choices(user("ga@fabrikam.test"), contoso, contosos.getId(), SubscriptionOperation.ADD_SEATS));
	}

	@Test
	void operationWhenSubscriptionOfAnotherCustomerThenNotFound() {
		Long keystones = offer(
				this.subscriptions.findByCustomerIdOrderById(this.demo.customerId("keystone-clinics.test")),
				"Microsoft 365 Business Standard")
			.getId();

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.addSeats(user("ga@fabrikam.test"), this.adatum, keystones, 0, 1));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.operations
			.choices(user("ga@fabrikam.test"), this.adatum, keystones, SubscriptionOperation.ADD_SEATS));
	}

	@Test
	void operationWhenTheFormsVersionIsOutdatedThenNothingChangesAndNothingIsRecorded() {
		PartnerActor ana = user("ga@fabrikam.test");
		long shown = this.standard.getVersion();
		this.operations.addSeats(ana, this.adatum, this.standard.getId(), shown, 1);
		this.entityManager.flush();
		int entries = entries().size();

		assertThatExceptionOfType(SubscriptionChangedException.class)
			.isThrownBy(() -> this.operations.removeSeats(ana, this.adatum, this.standard.getId(), shown, 1));

		assertThat(this.standard.getSeats()).isEqualTo(46);
		assertThat(entries()).hasSize(entries);
	}

	private OperationResult invoke(SubscriptionOperation operation, PartnerActor user, Subscription subscription) {
		Long id = subscription.getId();
		long version = subscription.getVersion();
		return switch (operation) {
			case ADD_SEATS -> this.operations.addSeats(user, this.adatum, id, version, 1);
			case REMOVE_SEATS -> this.operations.removeSeats(user, this.adatum, id, version, 1);
			case ORDER_ADDON -> this.operations.orderAddon(user, this.adatum, id, version,
					this.demo.addonId("Exchange Online Archiving"), 1);
			case CHANGE_OFFER ->
				this.operations.changeOffer(user, this.adatum, id, version, this.demo.offerId("Office 365 E3"));
			case CHANGE_PARTNER_OF_RECORD ->
				this.operations.changePartnerOfRecord(user, this.adatum, id, version, this.litware);
			case DESIGNATE_SUPPORT_CONTACT ->
				this.operations.designateSupportContact(user, this.adatum, id, version, this.litware);
			case SUSPEND -> this.operations.suspend(user, this.adatum, id, version);
			case REACTIVATE -> this.operations.reactivate(user, this.adatum, id, version);
			case CANCEL -> this.operations.cancel(user, this.adatum, id, version);
		};
	}

	private ResellerRelationship relate(String partnerName) {
		return this.demoRelationships.relate(partnerName, this.adatum, NOW);
	}

	private PartnerActor user(String email) {
		return this.demo.partnerActor(email);
	}

	private List<ActivityLogEntry> entries() {
		return this.activityLog.entriesForCustomer(this.adatum);
	}

	private void assertLastEntry(ActivityAction action, Long partnerId, String actorName, String oldValue,
			String newValue) {
		List<ActivityLogEntry> entries = entries();
		assertThat(entries).last().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(action);
			assertThat(entry.getPartnerId()).isEqualTo(partnerId);
			assertThat(entry.getCustomerName()).isEqualTo("Adatum Italia");
			assertThat(entry.getActorName()).isEqualTo(actorName);
			assertThat(entry.getOldValue()).isEqualTo(oldValue);
			assertThat(entry.getNewValue()).isEqualTo(newValue);
		});
	}

	private void assertUnchanged(Subscription subscription) {
		assertThat(subscription.getSeats()).isEqualTo(45);
		assertThat(subscription.getOfferName()).isEqualTo("Microsoft 365 Business Standard");
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.getPartnerOfRecordId()).isEqualTo(this.fabrikam);
		assertThat(subscription.getSupportContactPartnerId()).isEqualTo(this.fabrikam);
		assertThat(subscription.getAddons()).hasSize(2);
	}

	private static void assertRefused(ThrowingCallable operation, SubscriptionRefusal refusal) {
		assertThatExceptionOfType(SubscriptionRefusedException.class).isThrownBy(operation)
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo(refusal));
	}

	/**
	 * The demo data's rows are numbered in whatever order the database inserts them, so
	 * subscriptions are found by offer.
	 */
	private static Subscription offer(List<Subscription> subscriptions, String offerName) {
		return subscriptions.stream()
			.filter((subscription) -> subscription.getOfferName().equals(offerName))
			.findFirst()
			.orElseThrow();
	}

}
