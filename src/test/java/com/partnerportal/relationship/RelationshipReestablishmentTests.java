package com.partnerportal.relationship;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A removed relationship comes back the way it started: the partner sends its link and
 * the customer's Global admin accepts.
 */
@PortalTest
@Transactional
class RelationshipReestablishmentTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	@Test
	void acceptWhenRelationshipWasRemovedThenReestablishedWithFreshHistoryAndBackOnTheList() {
		AdatumFixture adatum = new AdatumFixture(this.jdbc, this.demo);
		adatum.suspendFabrikamSubscriptions();
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		assertThat(this.mvc.post()
			.uri("/partner/customers/{id}/relationship/remove", adatum.adatum())
			.with(this.demo.signedIn("ga@fabrikam.test"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(adatum.relationshipState()).isEqualTo("ENDED");
		assertThat(customersPage()).hasStatusOk().bodyText().doesNotContain("Adatum Italia");
		String token = this.invitationLinks.invitationFor(ana.partnerId(), true, ana.actor()).token();

		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.with(this.demo.signedIn(DemoAccounts.ADATUM_ADMIN))
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(adatum.relationshipState()).isEqualTo("ACTIVE");
		assertThat(adatum.history()).startsWith("ESTABLISHED")
			.containsSubsequence("ENDED", "REESTABLISHED", "DELEGATED_ADMIN_RESTORED", "DELEGATED_ADMIN_RESTORED")
			.endsWith("DELEGATED_ADMIN_RESTORED");
		assertThat(adatum.history()).filteredOn("REESTABLISHED"::equals).hasSize(1);
		assertThat(adatum.activeGrants()).isEqualTo(2);
		assertThat(adatum.activity()).containsSubsequence("RELATIONSHIP_REMOVED", "RELATIONSHIP_REESTABLISHED",
				"DELEGATED_ADMIN_RESTORED", "INVITATION_ACCEPTED");
		assertThat(customersPage()).hasStatusOk().bodyText().contains("Adatum Italia");
		assertThat(this.mvc.get()
			.uri("/customer/partner-relationships")
			.with(this.demo.signedIn(DemoAccounts.ADATUM_ADMIN))).hasStatusOk()
			.bodyText()
			.contains(DemoAccounts.FABRIKAM);
	}

	private MockMvcRequestBuilder customersPage() {
		return this.mvc.get().uri("/partner/customers?q=Adatum").with(this.demo.signedIn("ga@fabrikam.test"));
	}

}
