package com.partnerportal.customerlist;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.TestPartners;
import com.partnerportal.partner.PartnerUser;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search reads the partner's own index of its customers' words (V18), which the
 * relationship's changes keep exact: over real HTTP, signed in through the form, a
 * customer accepts a new partner's invitation and the partner finds it at once by a word
 * inside its name; the partner ends the relationship and no longer finds it; the customer
 * accepts again and the partner finds it again. The partner is the test's own, so the
 * shared demo data keeps its relationships.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PartnerWordSearchHttpTests {

	private static final String CUSTOMER_ADMIN = "admin@blue-harbor-travel.test";

	private static final String DOMAIN = "blue-harbor-travel.test";

	@LocalServerPort
	int port;

	@Autowired
	TestPartners partners;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void searchWhenTheRelationshipIsEstablishedEndedAndReestablishedThenFindsTheCustomerExactlyWhileActive() {
		PartnerUser lexicon = this.partners.cspPartner("Lexicon Cloud Partners", "ES", Region.EUROPE);
		PortalHttpClient partner = client().signIn(lexicon.getEmail(), TestPartners.PASSWORD);
		Long customerId = this.demo.customerId(DOMAIN);
		assertThat(partner.get("/partner/customers?q=harbor").body()).doesNotContain(DOMAIN);

		accept(this.partners.token(lexicon, false));
		assertThat(partner.get("/partner/customers?q=harbor").body()).contains(DOMAIN, "Blue Harbor Travel");
		assertThat(partner.get("/partner/customers?q=blue+trav").body()).contains(DOMAIN);
		assertThat(entries(lexicon, customerId)).isEqualTo(3);

		Page confirmation = partner.get("/partner/customers/" + customerId + "/relationship/remove");
		assertThat(confirmation.status()).isEqualTo(200);
		assertThat(partner
			.post("/partner/customers/" + customerId + "/relationship/remove", confirmation.formWith(Map.of()))
			.status()).isEqualTo(302);
		assertThat(partner.get("/partner/customers?q=harbor").body()).doesNotContain(DOMAIN);
		assertThat(entries(lexicon, customerId)).isZero();

		accept(this.partners.token(lexicon, false));
		assertThat(partner.get("/partner/customers?q=travel").body()).contains(DOMAIN);
		assertThat(entries(lexicon, customerId)).isEqualTo(3);
	}

	/**
	 * The customer's Global admin accepts on the invitation's page, as it offers.
	 */
	private void accept(String token) {
		PortalHttpClient customer = client().signIn(CUSTOMER_ADMIN, "demo-password");
		Page page = customer.get("/invitations/" + token + "/accept");
		assertThat(page.status()).isEqualTo(200);
		Page accepted = customer.post("/invitations/" + token + "/accept",
				page.formWith(Map.of("conflicts", page.find("name=\"conflicts\" value=\"([^\"]*)\""),
						"agreementAccepted", "true", "_agreementAccepted", "on")));
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(accepted.location()).endsWith("/customer/partner-relationships");
	}

	private long entries(PartnerUser partner, Long customerId) {
		return this.jdbc.sql("select count(*) from partner_customer_word where partner_id = ? and customer_id = ?")
			.params(partner.getPartner().getId(), customerId)
			.query(Long.class)
			.single();
	}

	private PortalHttpClient client() {
		return new PortalHttpClient("http://localhost:" + this.port, "en");
	}

}
