package com.partnerportal.relationship;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.StoredSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
@Transactional
class RelationshipRemovalControllerTests {

	private static final String ANA = "ga@fabrikam.test";

	private static final String BRUNO = "agent@fabrikam.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StoredSessions sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	private AdatumFixture adatum;

	private String remove;

	@BeforeEach
	void setUp() {
		this.adatum = new AdatumFixture(this.jdbc, this.demo);
		this.remove = removeUrl(this.adatum.adatum());
	}

	@Test
	void detailsWhenGlobalAdminOrAdminAgentThenOfferRemoval() {
		for (String email : List.of(ANA, BRUNO)) {
			assertThat(as(email, this.mvc.get().uri("/partner/customers?expand=" + this.adatum.adatum()))).hasStatusOk()
				.body()
				.asString()
				.contains("href=\"" + this.remove + "\"", ">Remove reseller relationship</a>");
		}
	}

	@Test
	void detailsWhenSalesOrHelpdeskAgentThenNoRemoval() {
		for (String email : List.of("sales@fabrikam.test", "helpdesk@fabrikam.test")) {
			assertThat(as(email, this.mvc.get().uri("/partner/customers?expand=" + this.adatum.adatum()))).hasStatusOk()
				.body()
				.asString()
				.contains("Adatum Italia")
				.doesNotContain(this.remove, "Remove reseller relationship");
		}
	}

	@Test
	void confirmWhenActiveSubscriptionsSoldThenListsThemWithAdviceAndNoRemoveButton() {
		assertThat(as(ANA, this.mvc.get().uri(this.remove))).hasStatusOk()
			.hasViewName("relationship-removal/confirm")
			.bodyText()
			.contains("You cannot remove this relationship yet.",
					"You are the partner of record of active subscriptions of Adatum Italia",
					"Active subscriptions you sold to Adatum Italia", "Microsoft 365 Business Standard", "Office 365",
					"Azure AD Premium P1", "Azure Active Directory", "45",
					"Suspend or cancel these subscriptions first", "Back to Adatum Italia")
			.doesNotContain("Dynamics 365 Sales Professional", "Azure plan", "The relationship was not removed",
					"leaves your Customers list");
		assertThat(as(ANA, this.mvc.get().uri(this.remove))).body()
			.asString()
			.doesNotContain("action=\"" + this.remove + "\"");
	}

	@Test
	void confirmWhenNothingBlocksThenListsTheConsequences() {
		this.adatum.suspendFabrikamSubscriptions();
		this.adatum.fabrikamSupportsOthersSubscriptions();

		assertThat(as(BRUNO, this.mvc.get().uri(this.remove))).hasStatusOk()
			.bodyText()
			.contains("Remove your reseller relationship with Adatum Italia", "If you remove the relationship:",
					"Adatum Italia leaves your Customers list.",
					"Your delegated admin privileges end for: Azure Active Directory, Office 365.",
					"You can no longer be a support contact for Adatum Italia.",
					"Office 365 E1 (Office 365): its partner of record, Northwind Advisors, becomes the support contact",
					"Azure plan (Azure): left without a support contact",
					"You can no longer make new purchases for Adatum Italia.", "send it your invitation link")
			.doesNotContain("You cannot remove");
		assertThat(as(BRUNO, this.mvc.get().uri(this.remove))).body()
			.asString()
			.contains("action=\"" + this.remove + "\"", "name=\"_csrf\"");
		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
	}

	@Test
	void confirmWhenNoDelegatedAdminThenSaysNoneEnds() {
		this.adatum.suspendFabrikamSubscriptions();
		this.jdbc.update("update delegated_admin_grant set active = false, csp_holder_customer_id = null"
				+ " where customer_id = ?", this.adatum.adatum());

		assertThat(as(ANA, this.mvc.get().uri(this.remove))).hasStatusOk()
			.bodyText()
			.contains("You hold no delegated admin privileges for Adatum Italia, so none end.")
			.doesNotContain("Your delegated admin privileges end for");
	}

	@Test
	void removeWhenConfirmedThenRedirectsToCustomersWithConfirmation() {
		this.adatum.suspendFabrikamSubscriptions();
		this.adatum.fabrikamSupportsOthersSubscriptions();

		assertThat(as(ANA, this.mvc.post().uri(this.remove).with(csrf()))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/partner/customers")
			.flash()
			.containsEntry("flashMessage", "relationshipRemoval.removed");

		assertThat(this.adatum.relationshipState()).isEqualTo("ENDED");
		assertThat(this.adatum.activeGrants()).isZero();
		assertThat(this.adatum.history()).endsWith("DELEGATED_ADMIN_REMOVED", "DELEGATED_ADMIN_REMOVED", "ENDED");
		assertThat(this.adatum.supportContacts()).contains(
				AdatumFixture.NORTHWIND_OFFER + "=" + this.adatum.northwind(), "Azure plan=null",
				"Microsoft 365 Business Standard=null");
		assertThat(this.adatum.activity()).startsWith("RELATIONSHIP_REMOVED", "DELEGATED_ADMIN_REMOVED",
				"DELEGATED_ADMIN_REMOVED", "SUPPORT_CONTACT_CHANGED");
		assertThat(as(ANA,
				this.mvc.get()
					.uri("/partner/customers?q=Adatum")
					.cookie(this.sessions.withFlash("relationshipRemoval.removed", "Adatum Italia"))))
			.hasStatusOk()
			.bodyText()
			.contains(
					"Your reseller relationship with Adatum Italia has ended. It is no longer on your Customers list.")
			.doesNotContain("adatum.test");
		assertThat(as(ANA, this.mvc.get().uri(this.remove))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(as(ANA, this.mvc.get().uri("/partner/customers?expand=" + this.adatum.adatum())))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void removeWhenActiveSubscriptionsSoldThenRefusedWithTheSameReasonAndLogged() {
		assertThat(as(ANA, this.mvc.post().uri(this.remove).with(csrf()))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("The relationship was not removed.", "You cannot remove this relationship yet.",
					"Microsoft 365 Business Standard", "Azure AD Premium P1",
					"Suspend or cancel these subscriptions first");

		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
		assertThat(this.adatum.activeGrants()).isEqualTo(2);
		assertThat(this.adatum.activity()).containsExactly("RELATIONSHIP_REMOVAL_REFUSED");
	}

	@Test
	void everyStepWhenSalesOrHelpdeskAgentThenForbiddenAndNothingRemoved() {
		this.adatum.suspendFabrikamSubscriptions();

		for (String email : List.of("sales@fabrikam.test", "helpdesk@fabrikam.test")) {
			assertThat(as(email, this.mvc.get().uri(this.remove))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(as(email, this.mvc.post().uri(this.remove).with(csrf()))).hasStatus(HttpStatus.FORBIDDEN);
		}

		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
		assertThat(this.adatum.activity()).containsExactly("RELATIONSHIP_REMOVAL_REFUSED",
				"RELATIONSHIP_REMOVAL_REFUSED");
	}

	@Test
	void everyStepWhenCustomerOrPlatformAdminThenForbidden() {
		for (String email : List.of(DemoAccounts.ADATUM_ADMIN, "admin@portal.test")) {
			assertThat(as(email, this.mvc.get().uri(this.remove))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(as(email, this.mvc.post().uri(this.remove).with(csrf()))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
	}

	@Test
	void everyStepWhenAnotherPartnersOrUnknownCustomerThenNotFound() {
		String contoso = removeUrl(this.demo.customerId("contoso.test"));
		String unknown = removeUrl(Long.MAX_VALUE);

		for (String url : List.of(contoso, unknown)) {
			assertThat(as(ANA, this.mvc.get().uri(url))).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(as(ANA, this.mvc.post().uri(url).with(csrf()))).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(as("ga@northwind.test", this.mvc.get().uri(this.remove))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(as("ga@northwind.test", this.mvc.post().uri(this.remove).with(csrf())))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
	}

	@Test
	void everyStepWhenCustomerIdIsNotANumberThenBadRequest() {
		assertThat(as(ANA, this.mvc.get().uri("/partner/customers/adatum/relationship/remove")))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void removeWhenNoCsrfTokenThenForbiddenAndNothingChanged() {
		this.adatum.suspendFabrikamSubscriptions();

		assertThat(as(ANA, this.mvc.post().uri(this.remove))).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
		assertThat(this.adatum.activeGrants()).isEqualTo(2);
		assertThat(this.adatum.activity()).isEmpty();
	}

	@Test
	void partnerRelationshipsWhenRelationshipRemovedThenCustomerNoLongerSeesThePartner() {
		this.adatum.suspendFabrikamSubscriptions();
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri("/customer/partner-relationships"))).hasStatusOk()
			.bodyText()
			.contains(DemoAccounts.FABRIKAM);

		assertThat(as(ANA, this.mvc.post().uri(this.remove).with(csrf()))).hasStatus3xxRedirection();

		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri("/customer/partner-relationships"))).hasStatusOk()
			.bodyText()
			.contains("No partner has a relationship with your organisation yet")
			.doesNotContain(DemoAccounts.FABRIKAM);
	}

	private static String removeUrl(Long customerId) {
		return "/partner/customers/" + customerId + "/relationship/remove";
	}

	private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
		return request.with(this.demo.signedIn(email));
	}

}
