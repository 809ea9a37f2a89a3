package com.partnerportal.activity;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;
import com.partnerportal.account.Actor;
import com.partnerportal.customer.CustomerActor;
import com.partnerportal.customer.CustomerRegistration;
import com.partnerportal.customer.CustomerUser;
import com.partnerportal.customer.NewCustomer;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.relationship.DelegatedAdminRemoval;
import com.partnerportal.relationship.DelegatedAdminScope;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Cloud;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole reseller-relationship flow, driven through the features' services as their
 * pages drive them, leaves its trail in the activity log: the customer's page lists every
 * step, newest first, and the partner's page the same steps plus its own link.
 */
@PortalTest
@Transactional
class ActivityLogFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks links;

	@Autowired
	CustomerRegistration registration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	DelegatedAdminRemoval removal;

	@Test
	void activityWhenRelationshipIsRequestedAcceptedRemovedAndRestoredThenEveryStepIsListedNewestFirst()
			throws Exception {
		PortalUser partnerAdmin = this.demo.user("ga@fabrikam.test");
		String token = this.links.invitationFor(partnerAdmin.partnerId(), true, partnerAdmin.actor()).token();
		CustomerUser rosa = RegistrationMail.registerConfirmed(
				this.registration, new NewCustomer("Wingtip Iberia", "wingtip-iberia.test", "ES", Cloud.PUBLIC,
						"Rosa Vidal", "rosa@wingtip-iberia.test", "correct horse battery", "correct horse battery"),
				this.jdbc);
		Long customerId = rosa.organisationId();
		this.acceptance.accept(token, customerId, Actor.of(rosa), true);
		CustomerActor customerAdmin = this.demo.customerActor("rosa@wingtip-iberia.test");
		this.removal.remove(customerAdmin, DelegatedAdminScope.partner(partnerAdmin.partnerId()));
		this.acceptance.accept(token, customerId, Actor.of(rosa), false);

		ActivityPage customerPage = page("rosa@wingtip-iberia.test", "/customer/activity");

		assertThat(customerPage.column(3)).containsExactly("Invitation accepted", "Delegated admin restored",
				"Delegated admin restored", "Delegated admin removed", "Delegated admin removed", "Invitation accepted",
				"Delegated admin granted", "Delegated admin granted", "Reseller relationship established",
				"Customer agreement accepted", "User created", "Customer registered");
		assertThat(customerPage.column(4)).containsExactly("With delegated admin", "Office 365",
				"Azure Active Directory", "Office 365: delegated admin \u2192 Removed",
				"Azure Active Directory: delegated admin \u2192 Removed", "With delegated admin", "Office 365",
				"Azure Active Directory", "Reseller", "2026-11", "rosa@wingtip-iberia.test", "wingtip-iberia.test");
		assertThat(customerPage.column(1)).allMatch((who) -> who.equals("Rosa Vidal\nWingtip Iberia"));
		// A customer's page names the partner each entry is about, as the features
		// recorded it; registering and the agreement are about no partner.
		assertThat(customerPage.column("Partner")).containsExactly("Fabrikam Cloud Partners", "Fabrikam Cloud Partners",
				"Fabrikam Cloud Partners", "Fabrikam Cloud Partners", "Fabrikam Cloud Partners",
				"Fabrikam Cloud Partners", "Fabrikam Cloud Partners", "Fabrikam Cloud Partners",
				"Fabrikam Cloud Partners", "", "", "");

		ActivityPage partnerPage = page("helpdesk@fabrikam.test", "/partner/activity?customer=wingtip");
		assertThat(partnerPage.column(3)).hasSize(9)
			.startsWith("Invitation accepted")
			.endsWith("Reseller relationship established");
		assertThat(page("ga@fabrikam.test", "/partner/activity?action=INVITATION_LINK_CREATED").column(1))
			.containsExactly("Ana García\nFabrikam Cloud Partners");
	}

	private ActivityPage page(String email, String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).with(this.demo.signedIn(email)).exchange();
		assertThat(result).hasStatusOk();
		return ActivityPage.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
