package com.partnerportal.invitation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening an invitation's accept page is a look, not an answer: over real HTTP, signed in
 * through the sign-in form, a customer the inviting partner may not serve opens the page,
 * and the partner's activity log, page and export, never names it.
 */
// The views recorded here stay in the shared context; other tests read the activity log
// after their own baseline.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InvitationViewLogHttpTests {

	private static final String PASSWORD = "demo-password";

	private static final String CONTOSO = "Contoso Iberia";

	@LocalServerPort
	int port;

	@Autowired
	InvitationLinks links;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void acceptPageWhenOpenedByACustomerOutsideThePartnersTerritoryOrCloudThenThePartnersLogNeverNamesIt() {
		PortalHttpClient contoso = client().signIn(DemoAccounts.CONTOSO_ADMIN, PASSWORD);

		Page litwareInvitation = contoso.get("/invitations/" + token("ga@litware.test", false) + "/accept");
		Page tailspinInvitation = contoso.get("/invitations/" + token("ga@tailspin.test", true) + "/accept");

		assertThat(litwareInvitation.status()).isEqualTo(200);
		assertThat(litwareInvitation.body()).contains("cannot work with your organisation");
		assertThat(tailspinInvitation.status()).isEqualTo(200);
		assertThat(tailspinInvitation.body()).contains("can only work together within one cloud");
		for (String partner : new String[] { "ga@litware.test", "ga@tailspin.test" }) {
			PortalHttpClient partnerAdmin = client().signIn(partner, PASSWORD);
			assertThat(partnerAdmin.get("/partner/activity").body()).as("%s's activity page", partner)
				.doesNotContain(CONTOSO, "contoso");
			assertThat(partnerAdmin.get("/partner/activity/export").body()).as("%s's export", partner)
				.doesNotContain(CONTOSO, "contoso");
			assertThat(entriesAbout(partner)).as("%s's entries naming Contoso", partner).isZero();
		}
	}

	@Test
	void acceptPageWhenOpenedByACustomerThePartnerMayServeThenThePartnersLogRecordsTheView() {
		PortalHttpClient contoso = client().signIn(DemoAccounts.CONTOSO_ADMIN, PASSWORD);

		assertThat(contoso.get("/invitations/" + token("ga@northwind.test", true) + "/accept").status()).isEqualTo(200);

		PortalHttpClient northwind = client().signIn(DemoAccounts.NORTHWIND_ADMIN, PASSWORD);
		assertThat(northwind.get("/partner/activity").body()).contains(CONTOSO, "Invitation viewed");
		assertThat(entriesAbout(DemoAccounts.NORTHWIND_ADMIN)).isOne();
	}

	private PortalHttpClient client() {
		return new PortalHttpClient("http://localhost:" + this.port, "en");
	}

	private String token(String partnerAdmin, boolean delegatedAdmin) {
		PortalUser admin = this.demo.user(partnerAdmin);
		return this.links.invitationFor(admin.partnerId(), delegatedAdmin, admin.actor()).token();
	}

	private long entriesAbout(String partnerAdmin) {
		return this.jdbc
			.sql("select count(*) from activity_log where partner_id = ? and (customer_id = ? or customer_name like ?)")
			.param(this.demo.user(partnerAdmin).partnerId())
			.param(this.demo.customerId("contoso.test"))
			.param("%Contoso%")
			.query(Long.class)
			.single();
	}

}
