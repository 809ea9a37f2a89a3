package com.partnerportal.subscription;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;
import com.partnerportal.StoredSessions;
import com.partnerportal.relationship.ResellerRelationship;
import com.partnerportal.subscription.internal.SubscriptionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The partner's subscriptions page and the operation forms: who gets what, the refusals'
 * reasons as the user reads them, the confirmation steps and the form errors.
 */
@PortalTest
@Transactional
class PartnerSubscriptionsControllerTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	private static final String ANA = "ga@fabrikam.test";

	private static final String GIULIA = "ga@northwind.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StoredSessions sessions;

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	DemoRelationships demoRelationships;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DemoAccounts demo;

	private Long adatum;

	private String page;

	private Subscription standard;

	private Subscription dynamics;

	private Subscription azurePlan;

	@BeforeEach
	void setUp() {
		this.adatum = this.demo.customerId("adatum.test");
		this.page = "/partner/customers/" + this.adatum + "/subscriptions";
		List<Subscription> adatums = this.subscriptions.findByCustomerIdOrderById(this.adatum);
		this.standard = offer(adatums, "Microsoft 365 Business Standard");
		this.dynamics = offer(adatums, "Dynamics 365 Sales Professional");
		this.azurePlan = offer(adatums, "Azure plan");
	}

	@Test
	void listWhenPartnerOfRecordThenEverySubscriptionWithAddonsAndOperations() {
		assertThat(as(ANA, this.mvc.get().uri(this.page))).hasStatusOk()
			.bodyText()
			.contains("Subscriptions of Adatum Italia", "Microsoft 365 Business Standard", "Office 365",
					"45 (the offer allows 1 to 300)", "Exchange Online Archiving: 10 seats",
					"Microsoft Teams Phone Standard: 20 seats", "Azure AD Premium P1", "Suspended",
					"Bought directly, no partner of record", "Fabrikam Cloud Partners", "Add seats", "Remove seats",
					"Order an add-on", "Change offer", "Change partner of record", "Choose support contact", "Suspend",
					"Reactivate", "Cancel subscription",
					"You are not the partner of record of this subscription, so you are not billed for it and cannot change it. "
							+ "The customer bought it directly");
		assertThat(as(ANA, this.mvc.get().uri(this.page))).body()
			.asString()
			.contains(operationPath(this.standard, "seats/add"), operationPath(this.dynamics, "reactivate"))
			.doesNotContain(operationPath(this.azurePlan, "seats/add"), operationPath(this.dynamics, "suspend"));
	}

	@Test
	void listWhenPartnerHoldsDelegatedAdminButIsNotThePartnerOfRecordThenSeesEverythingAndNoOperation() {
		ResellerRelationship northwind = relate(DemoAccounts.NORTHWIND);
		this.demoRelationships.grant(northwind, "OFFICE_365", NOW);

		assertThat(as(GIULIA, this.mvc.get().uri(this.page))).hasStatusOk()
			.bodyText()
			.contains("Microsoft 365 Business Standard", "45 (the offer allows 1 to 300)",
					"You are not the partner of record of this subscription, so you are not billed for it and cannot "
							+ "change it. Only its partner of record, Fabrikam Cloud Partners, can add or remove seats",
					"Bought directly, no partner of record")
			.doesNotContain("Add seats", "Cancel subscription");
		assertThat(as(GIULIA, this.mvc.get().uri(this.page))).body().asString().doesNotContain("/seats/add");
	}

	@Test
	void listWhenSalesAgentThenSeesButIsToldWhoCanChange() {
		assertThat(as("sales@fabrikam.test", this.mvc.get().uri(this.page))).hasStatusOk()
			.bodyText()
			.contains("Your role, Sales agent, can see this subscription but not change it. "
					+ "A Global admin or Admin agent of your organisation can.")
			.doesNotContain("Add seats", "Choose support contact");
	}

	@Test
	void listWhenHelpdeskAgentThenOnlyTheSupportContact() {
		assertThat(as("helpdesk@fabrikam.test", this.mvc.get().uri(this.page))).hasStatusOk()
			.bodyText()
			.contains("Choose support contact", "Your role, Helpdesk agent, can only choose the support contact.")
			.doesNotContain("Add seats", "Cancel subscription");
	}

	@Test
	void listWhenCancelledThenSaysItIsFinal() {
		this.standard.cancel();

		assertThat(as(ANA, this.mvc.get().uri(this.page))).bodyText()
			.contains("This subscription is cancelled. Cancelling is final: nothing more can be done to it.");
		assertThat(as(ANA, this.mvc.get().uri(this.page))).body()
			.asString()
			.doesNotContain(operationPath(this.standard, "seats/add"));
	}

	@Test
	void listWhenCustomerIsNotAnActiveCustomerOfThePartnerThenNotFound() {
		assertThat(as(ANA,
				this.mvc.get().uri("/partner/customers/" + this.demo.customerId("contoso.test") + "/subscriptions")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(as(GIULIA, this.mvc.get().uri(this.page))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(as(ANA, this.mvc.get().uri("/partner/customers/999999/subscriptions")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(as(ANA, this.mvc.get().uri("/partner/customers/adatum/subscriptions"))).hasStatus4xxClientError();
	}

	@Test
	void customerDetailsWhenExpandedThenLinkToManageSubscriptions() {
		assertThat(as(ANA, this.mvc.get().uri("/partner/customers?expand=" + this.adatum))).hasStatusOk()
			.body()
			.asString()
			.contains("href=\"" + this.page + "\"", "Manage subscriptions");
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void formWhenPartnerOfRecordThenShown(SubscriptionOperation operation) {
		Subscription subscription = (operation == SubscriptionOperation.REACTIVATE) ? this.dynamics : this.standard;

		assertThat(as(ANA, this.mvc.get().uri(operationPath(subscription, operation.path())))).hasStatusOk()
			.bodyText()
			.contains("Customer: Adatum Italia", subscription.getOfferName());
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void formWhenNotThePartnerOfRecordThenForbiddenWithTheReason(SubscriptionOperation operation) {
		relate(DemoAccounts.NORTHWIND);

		assertThat(as(GIULIA, this.mvc.get().uri(operationPath(this.standard, operation.path()))))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("This change is not possible",
					"You are not the partner of record of this subscription, so you are not billed for it and cannot");
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void postWhenNotThePartnerOfRecordThenForbiddenWithTheReasonAndNothingChanges(SubscriptionOperation operation) {
		relate(DemoAccounts.NORTHWIND);
		relate("Litware Brasil");

		assertThat(post(GIULIA, operation, this.standard, true)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("You are not the partner of record of this subscription, so you are not billed for it and cannot "
					+ verb(operation) + ". Only its partner of record, Fabrikam Cloud Partners, can.");
		assertUnchanged();
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void postWhenBoughtDirectlyThenForbiddenWithTheReason(SubscriptionOperation operation) {
		relate("Litware Brasil");

		assertThat(post(ANA, operation, this.azurePlan, true)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("You are not the partner of record of this subscription, so you are not billed for it and cannot "
					+ verb(operation) + ". The customer bought it directly, without a partner of record.");
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void postWhenSalesAgentThenForbiddenNamingWhoCan(SubscriptionOperation operation) {
		relate("Litware Brasil");

		assertThat(post("sales@fabrikam.test", operation, this.standard, true)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("Your role, Sales agent, cannot " + verb(operation) + ". Ask a Global admin");
		assertUnchanged();
	}

	@ParameterizedTest
	@EnumSource(value = SubscriptionOperation.class, names = "DESIGNATE_SUPPORT_CONTACT",
			mode = EnumSource.Mode.EXCLUDE)
	void postWhenHelpdeskAgentThenForbiddenExceptForTheSupportContact(SubscriptionOperation operation) {
		relate("Litware Brasil");

		assertThat(post("helpdesk@fabrikam.test", operation, this.standard, true)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("Your role, Helpdesk agent, cannot " + verb(operation)
					+ ". Ask a Global admin or Admin agent of your organisation.");
		assertUnchanged();
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void postWhenWithoutCsrfTokenThenForbiddenAndNothingChanges(SubscriptionOperation operation) {
		relate("Litware Brasil");

		assertThat(this.mvc.post()
			.uri(operationPath(this.standard, operation.path()))
			.with(this.demo.signedIn(ANA))
			.params(params(operation, this.standard, true))).hasStatus(HttpStatus.FORBIDDEN);
		assertUnchanged();
	}

	@ParameterizedTest
	@EnumSource(SubscriptionOperation.class)
	void postWhenSubscriptionOfAnotherCustomerThenNotFound(SubscriptionOperation operation) {
		Subscription keystones = offer(
				this.subscriptions.findByCustomerIdOrderById(this.demo.customerId("keystone-clinics.test")),
				"Microsoft 365 Business Standard");
		String path = this.page + "/" + keystones.getId() + "/" + operation.path();

		assertThat(as(ANA, this.mvc.get().uri(path))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri(path)
			.with(this.demo.signedIn(ANA))
			.with(csrf())
			.params(params(operation, keystones, true))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(keystones.getSeats()).isEqualTo(194);
	}

	@Test
	void addSeatsWhenValidThenAddedAndConfirmedAfterTheRedirect() {
		assertThat(post(ANA, "seats/add", this.standard, "seats", "5")).hasStatus3xxRedirection()
			.hasRedirectedUrl(this.page)
			.flash()
			.containsEntry("flashMessage", "subscriptions.done.ADD_SEATS");
		assertThat(this.standard.getSeats()).isEqualTo(50);

		assertThat(as(ANA,
				this.mvc.get()
					.uri(this.page)
					.cookie(this.sessions.withFlash("subscriptions.done.ADD_SEATS", "Microsoft 365 Business Standard",
							"50"))))
			.bodyText()
			.contains("Seats added: Microsoft 365 Business Standard now has 50 seats.");
	}

	@Test
	void addSeatsWhenInputIsNotAPositiveNumberThenFormErrors() {
		assertThat(post(ANA, "seats/add", this.standard, "seats", "many")).hasStatusOk()
			.bodyText()
			.contains("Enter a whole number of seats, such as 5.");
		assertThat(post(ANA, "seats/add", this.standard, "seats", "0")).hasStatusOk()
			.bodyText()
			.contains("Enter at least 1 seat.");
		assertThat(post(ANA, "seats/add", this.standard, "seats", "-3")).hasStatusOk()
			.bodyText()
			.contains("Enter at least 1 seat.");
		assertThat(post(ANA, "seats/add", this.standard, "seats", "")).hasStatusOk()
			.bodyText()
			.contains("Enter a number of seats.");
		assertThat(this.standard.getSeats()).isEqualTo(45);
	}

	@Test
	void addSeatsWhenAboveTheOfferMaximumThenFormErrorExplainsTheLimit() {
		assertThat(post(ANA, "seats/add", this.standard, "seats", "256")).hasStatusOk()
			.bodyText()
			.contains("Microsoft 365 Business Standard allows at most 300 seats; adding these would make 301.");
		assertThat(this.standard.getSeats()).isEqualTo(45);
	}

	@Test
	void addSeatsWhenSuspendedThenThePageAndTheFormSayWhy() {
		String reason = "This subscription is suspended. Reactivate it first";

		assertThat(as(ANA, this.mvc.get().uri(operationPath(this.dynamics, "seats/add")))).hasStatusOk()
			.bodyText()
			.contains(reason);
		assertThat(post(ANA, "seats/add", this.dynamics, "seats", "1")).hasStatusOk().bodyText().contains(reason);
		assertThat(this.dynamics.getSeats()).isEqualTo(12);
	}

	@Test
	void addSeatsWhenTheFormIsOutdatedThenToldSomeoneElseChangedIt() {
		this.jdbc.sql("update subscription set seats = 50, version = version + 1 where id = ?")
			.param(this.standard.getId())
			.update();
		// Another request would read the row afresh; this test's persistence context
		// holds
		// the old one.
		this.entityManager.clear();

		assertThat(this.mvc.post()
			.uri(operationPath(this.standard, "seats/add"))
			.with(this.demo.signedIn(ANA))
			.with(csrf())
			.param("seats", "1")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Someone else changed this subscription while you were on this page, so nothing was changed.",
					"50 (the offer allows 1 to 300)");
		assertThat(this.subscriptions.findByIdAndCustomerId(this.standard.getId(), this.adatum)).get()
			.extracting(Subscription::getSeats)
			.isEqualTo(50);
	}

	@Test
	void removeSeatsWhenPostedThenConfirmationFirstAndNothingChangesUntilConfirmed() {
		assertThat(post(ANA, "seats/remove", this.standard, "seats", "5")).hasStatusOk()
			.bodyText()
			.contains("Remove 5 seats from Microsoft 365 Business Standard? It will have 40 seats left.",
					"Users beyond that number lose their licence");
		assertThat(post(ANA, "seats/remove", this.standard, "seats", "5")).body()
			.asString()
			.contains("name=\"confirmed\" value=\"true\"");
		assertThat(this.standard.getSeats()).isEqualTo(45);

		assertThat(post(ANA, "seats/remove", this.standard, "seats", "5", "confirmed", "true"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(this.page);
		assertThat(this.standard.getSeats()).isEqualTo(40);
	}

	@Test
	void removeSeatsWhenBelowTheAddonsOrMoreThanItHasThenFormErrorsAndNoConfirmation() {
		assertThat(post(ANA, "seats/remove", this.standard, "seats", "26")).hasStatusOk()
			.bodyText()
			.contains(
					"The add-on Microsoft Teams Phone Standard covers 20 seats, so the subscription cannot have fewer; "
							+ "removing these would leave 19.")
			.doesNotContain("It will have");
		assertThat(post(ANA, "seats/remove", this.standard, "seats", "46", "confirmed", "true")).hasStatusOk()
			.bodyText()
			.contains("The subscription has only 45 seats, so you cannot remove 46.");
		assertThat(this.standard.getSeats()).isEqualTo(45);
	}

	@Test
	void orderAddonWhenValidThenOrdered() {
		assertThat(post(ANA, "addons", this.standard, "addon", addonId("Microsoft 365 Audio Conferencing"), "quantity",
				"45"))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashMessage", "subscriptions.done.ORDER_ADDON");
		assertThat(this.standard.addon("Microsoft 365 Audio Conferencing")).isPresent();
	}

	@Test
	void orderAddonWhenMoreThanTheSeatsOrNoneChosenThenFormErrors() {
		assertThat(post(ANA, "addons", this.standard, "addon", addonId("Microsoft Teams Phone Standard"), "quantity",
				"26"))
			.hasStatusOk()
			.bodyText()
			.contains("The add-on Microsoft Teams Phone Standard can cover at most the subscription",
					"45 seats; this order would make 46.");
		assertThat(post(ANA, "addons", this.standard, "addon", "", "quantity", "1")).hasStatusOk()
			.bodyText()
			.contains("Choose an add-on.");
		assertThat(this.standard.addon("Microsoft Teams Phone Standard")).get()
			.extracting(SubscriptionAddon::getQuantity)
			.isEqualTo(20);
	}

	@Test
	void orderAddonWhenTheServiceSellsNoneThenSaysSo() {
		Subscription azure = this.subscriptions.save(new Subscription(this.adatum, this.demo.serviceId("AZURE"),
				"Azure plan", 1, this.demo.partnerId(DemoAccounts.FABRIKAM), NOW));

		assertThat(as(ANA, this.mvc.get().uri(operationPath(azure, "addons")))).hasStatusOk()
			.bodyText()
			.contains("No add-ons are sold for Azure plan.");
	}

	@Test
	void changeOfferWhenAnotherOfferOfTheServiceThenChanged() {
		assertThat(as(ANA, this.mvc.get().uri(operationPath(this.standard, "offer")))).bodyText()
			.contains("Office 365 E3 (1 to 10,000 seats)")
			.doesNotContain("Azure plan (");
		assertThat(post(ANA, "offer", this.standard, "offer", offerId("Office 365 E3"))).hasStatus3xxRedirection();
		assertThat(this.standard.getOfferName()).isEqualTo("Office 365 E3");
	}

	@Test
	void changeOfferWhenForgedOfferOfAnotherServiceOrNoneThenFormErrors() {
		assertThat(post(ANA, "offer", this.standard, "offer", offerId("Azure plan"))).hasStatusOk()
			.bodyText()
			.contains("That offer is not an offer of the same service as Microsoft 365 Business Standard.");
		assertThat(post(ANA, "offer", this.standard, "offer", "")).hasStatusOk()
			.bodyText()
			.contains("Choose an offer.");
		assertThat(this.standard.getOfferName()).isEqualTo("Microsoft 365 Business Standard");
	}

	@Test
	void changePartnerOfRecordWhenCspPartnerRelatedThenConfirmationFirstThenChanged() {
		relate("Litware Brasil");
		String litware = this.demo.partnerId("Litware Brasil").toString();

		assertThat(as(ANA, this.mvc.get().uri(operationPath(this.standard, "partner-of-record")))).bodyText()
			.contains("Litware Brasil");
		assertThat(post(ANA, "partner-of-record", this.standard, "partner", litware)).hasStatusOk()
			.bodyText()
			.contains("Make Litware Brasil the partner of record of Microsoft 365 Business Standard?",
					"You will no longer be billed for it");
		assertThat(this.standard.getPartnerOfRecordId()).isEqualTo(this.demo.partnerId(DemoAccounts.FABRIKAM));

		assertThat(post(ANA, "partner-of-record", this.standard, "partner", litware, "confirmed", "true"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(this.page);
		assertThat(this.standard.getPartnerOfRecordId()).isEqualTo(this.demo.partnerId("Litware Brasil"));
		assertThat(as(ANA, this.mvc.get().uri(this.page))).bodyText()
			.contains("Only its partner of record, Litware Brasil, can add or remove seats");
	}

	@Test
	void changePartnerOfRecordWhenPartnerOutsideTheCspProgrammeThenFormError() {
		relate(DemoAccounts.NORTHWIND);

		assertThat(post(ANA, "partner-of-record", this.standard, "partner",
				this.demo.partnerId(DemoAccounts.NORTHWIND).toString(), "confirmed", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("Northwind Advisors is not in the CSP programme, so it cannot sell subscriptions");
		assertThat(this.standard.getPartnerOfRecordId()).isEqualTo(this.demo.partnerId(DemoAccounts.FABRIKAM));
	}

	@Test
	void changePartnerOfRecordWhenNoOtherCspPartnerIsRelatedThenSaysSo() {
		assertThat(as(ANA, this.mvc.get().uri(operationPath(this.standard, "partner-of-record")))).hasStatusOk()
			.bodyText()
			.contains("No other partner in the CSP programme has an active relationship with Adatum Italia");
	}

	@Test
	void designateSupportContactWhenHelpdeskChoosesARelatedPartnerThenChanged() {
		relate(DemoAccounts.NORTHWIND);
		String northwind = this.demo.partnerId(DemoAccounts.NORTHWIND).toString();

		assertThat(as("helpdesk@fabrikam.test", this.mvc.get().uri(operationPath(this.standard, "support-contact"))))
			.hasStatusOk()
			.bodyText()
			.contains("Fabrikam Cloud Partners (you, the partner of record)", "Northwind Advisors");
		assertThat(post("helpdesk@fabrikam.test", "support-contact", this.standard, "partner", northwind))
			.hasStatus3xxRedirection();
		assertThat(this.standard.getSupportContactPartnerId()).isEqualTo(Long.valueOf(northwind));
	}

	@Test
	void designateSupportContactWhenPartnerWithoutRelationshipThenNotFoundWithoutItsName() {
		// The chooser lists related partners only: another id comes from a forged form.
		assertThat(post(ANA, "support-contact", this.standard, "partner",
				this.demo.partnerId("Litware Brasil").toString()))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("Litware Brasil");
		assertThat(this.standard.getSupportContactPartnerId()).isEqualTo(this.demo.partnerId(DemoAccounts.FABRIKAM));
	}

	@Test
	void suspendWhenConfirmedThenSuspended() {
		assertThat(as(ANA, this.mvc.get().uri(operationPath(this.standard, "suspend")))).bodyText()
			.contains("While the subscription is suspended, its users cannot use it");
		assertThat(post(ANA, "suspend", this.standard)).hasStatus3xxRedirection();
		assertThat(this.standard.getStatus()).isEqualTo(SubscriptionStatus.SUSPENDED);
	}

	@Test
	void reactivateWhenSuspendedThenActiveAndWhenActiveThenSaysWhyNot() {
		assertThat(as(ANA, this.mvc.get().uri(operationPath(this.standard, "reactivate")))).bodyText()
			.contains("This subscription is active. Only a suspended subscription can be reactivated.");
		assertThat(post(ANA, "reactivate", this.dynamics)).hasStatus3xxRedirection();
		assertThat(this.dynamics.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void cancelWhenConfirmedThenCancelledForGood() {
		assertThat(as(ANA, this.mvc.get().uri(operationPath(this.standard, "cancel")))).bodyText()
			.contains("Cancelling is final: the subscription ends for good");
		assertThat(post(ANA, "cancel", this.standard)).hasStatus3xxRedirection();
		assertThat(this.standard.getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
		committed();

		assertThat(post(ANA, "reactivate", this.standard)).hasStatusOk()
			.bodyText()
			.contains("This subscription is cancelled. Cancelling is final");
	}

	@Test
	void postWhenVersionMissingThenFormErrorAndNothingChanges() {
		assertThat(
				this.mvc.post().uri(operationPath(this.standard, "suspend")).with(this.demo.signedIn(ANA)).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("The form was incomplete. Reload the page and try again.");
		assertThat(this.standard.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	/**
	 * Writes what the last request changed, as its commit would, so that the version the
	 * next form carries is the one a real request would see.
	 */
	private void committed() {
		this.entityManager.flush();
	}

	private ResellerRelationship relate(String partnerName) {
		return this.demoRelationships.relate(partnerName, this.adatum, NOW);
	}

	private MockMvcTester.MockMvcRequestBuilder post(String email, SubscriptionOperation operation,
			Subscription subscription, boolean confirmed) {
		return this.mvc.post()
			.uri(operationPath(subscription, operation.path()))
			.with(this.demo.signedIn(email))
			.with(csrf())
			.params(params(operation, subscription, confirmed));
	}

	private MockMvcRequestBuilder post(String email, String path, Subscription subscription, String... params) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(operationPath(subscription, path))
			.with(this.demo.signedIn(email))
			.with(csrf())
			.param("version", String.valueOf(subscription.getVersion()));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request;
	}

	/**
	 * Valid values for each operation, so that only who asks decides the outcome.
	 */
	private MultiValueMap<String, String> params(SubscriptionOperation operation, Subscription subscription,
			boolean confirmed) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("version", String.valueOf(subscription.getVersion()));
		switch (operation) {
			case ADD_SEATS, REMOVE_SEATS -> params.add("seats", "1");
			case ORDER_ADDON -> {
				params.add("addon", addonId("Exchange Online Archiving"));
				params.add("quantity", "1");
			}
			case CHANGE_OFFER -> params.add("offer", offerId("Office 365 E3"));
			case CHANGE_PARTNER_OF_RECORD, DESIGNATE_SUPPORT_CONTACT ->
				params.add("partner", this.demo.partnerId("Litware Brasil").toString());
			default -> {
			}
		}
		if (confirmed) {
			params.add("confirmed", "true");
		}
		return params;
	}

	private String operationPath(Subscription subscription, String path) {
		return "/partner/customers/" + subscription.getCustomerId() + "/subscriptions/" + subscription.getId() + "/"
				+ path;
	}

	private static String verb(SubscriptionOperation operation) {
		return switch (operation) {
			case ADD_SEATS -> "add seats";
			case REMOVE_SEATS -> "remove seats";
			case ORDER_ADDON -> "order add-ons";
			case CHANGE_OFFER -> "change its offer";
			case CHANGE_PARTNER_OF_RECORD -> "change its partner of record";
			case DESIGNATE_SUPPORT_CONTACT -> "choose its support contact";
			case SUSPEND -> "suspend it";
			case REACTIVATE -> "reactivate it";
			case CANCEL -> "cancel it";
		};
	}

	private void assertUnchanged() {
		assertThat(this.standard.getSeats()).isEqualTo(45);
		assertThat(this.standard.getOfferName()).isEqualTo("Microsoft 365 Business Standard");
		assertThat(this.standard.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(this.standard.getPartnerOfRecordId()).isEqualTo(this.demo.partnerId(DemoAccounts.FABRIKAM));
		assertThat(this.standard.getSupportContactPartnerId()).isEqualTo(this.demo.partnerId(DemoAccounts.FABRIKAM));
		assertThat(this.standard.getAddons()).hasSize(2);
	}

	private String addonId(String name) {
		return this.demo.addonId(name).toString();
	}

	private String offerId(String name) {
		return this.demo.offerId(name).toString();
	}

	private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
		return request.with(this.demo.signedIn(email));
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
