package com.partnerportal.customerlist;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Customers page over the demo data, with the real security rules. Fabrikam has 61
 * customers; Litware has none.
 */
@PortalTest
@Transactional
class CustomerListControllerTests {

	private static final String REQUEST_LINK = "href=\"/partner/relationship-requests/new\"";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demo;

	@Test
	void listWhenFabrikamGlobalAdminThenShowsFirstPageOfItsCustomers() {
		assertThat(this.mvc.get().uri("/partner/customers").with(signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("Adatum Italia", "adatum.test", "Italy", "DAP on 2 of 2 services", "DAP on 1 of 2 services",
					"No delegated admin", "Showing 1\u201320 of 61")
			.doesNotContain("Contoso Iberia");
	}

	@Test
	void listWhenAnotherPartnersCustomerThenNeverShownNorExpandable() {
		Long northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		Long customer = insertCustomer("Aardvark Northwind Client", "aardvark.test", "IT");
		insertRelationship(northwind, customer, "ACTIVE");

		assertThat(this.mvc.get().uri("/partner/customers?q=aardvark").with(signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("No customers match \u201caardvark\u201d.")
			.doesNotContain("aardvark.test");
		assertThat(this.mvc.get().uri("/partner/customers").with(signedIn("ga@fabrikam.test"))).bodyText()
			.doesNotContain("Aardvark Northwind Client");
		assertThat(this.mvc.get().uri("/partner/customers?expand=" + customer).with(signedIn("ga@fabrikam.test")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/partner/customers").with(signedIn("ga@northwind.test"))).hasStatusOk()
			.bodyText()
			.contains("Aardvark Northwind Client")
			.doesNotContain("Adatum Italia");
	}

	@Test
	void listWhenRelationshipEndedThenCustomerIsGoneAndNotExpandable() {
		Long adatum = this.demo.customerId("adatum.test");
		this.jdbc.sql("update reseller_relationship set state = 'ENDED' where customer_id = ?").param(adatum).update();

		assertThat(this.mvc.get().uri("/partner/customers").with(signedIn("ga@fabrikam.test"))).bodyText()
			.doesNotContain("Adatum Italia")
			.contains("Showing 1\u201320 of 60");
		assertThat(this.mvc.get().uri("/partner/customers?expand=" + adatum).with(signedIn("ga@fabrikam.test")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void listWhenPartnerHasNoCustomersThenShowsEmptyStateWithCallToAction() {
		// Every demo partner has customers: a partner of its own, rolled back.
		this.jdbc
			.sql("insert into partner (name, country, region, cloud, csp_member, created_at)"
					+ " values ('Without Customers', 'BR', 'LATIN_AMERICA', 'PUBLIC', true, current_timestamp)")
			.update();
		this.jdbc
			.sql("insert into user_account (kind, email, password_hash, display_name, partner_id, partner_role,"
					+ " created_at) select 'PARTNER', 'ga@without-customers.test', password_hash, 'Rita Alone', p.id,"
					+ " 'GLOBAL_ADMIN', current_timestamp from user_account, partner p"
					+ " where email = 'ga@litware.test' and p.name = 'Without Customers'")
			.update();
		assertThat(this.mvc.get().uri("/partner/customers").with(signedIn("ga@without-customers.test"))).hasStatusOk()
			.bodyText()
			.contains("No customers yet", "Request a reseller relationship")
			.doesNotContain("Search customers", "Showing");
	}

	@Test
	void listWhenSearchingByNameThenMatchesTheStartOfItsWordsIgnoringCase() {
		assertThat(this.mvc.get().uri("/partner/customers?q=ADATUM").with(signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("Adatum Italia", "Showing 1\u20131 of 1")
			.doesNotContain("Keystone Clinics");
		// Every word of the search starts a word of the name, wherever it is.
		assertThat(this.mvc.get().uri("/partner/customers?q=harbor trav").with(signedIn("ga@fabrikam.test"))).bodyText()
			.contains("Harbor Travel", "Blue Harbor Travel", "Showing 1\u20132 of 2")
			.doesNotContain("Blue Harbor Foods");
	}

	@Test
	void exportWhenSignedInThenAnAttachmentNamedByTodaysDate() {
		assertThat(this.mvc.get().uri("/partner/customers/export?q=adatum").with(signedIn("ga@fabrikam.test")))
			.hasStatusOk()
			.hasHeader("Content-Type", "text/csv;charset=UTF-8")
			.headers()
			.hasValue("Content-Disposition",
					"attachment; filename=\"customers-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".csv\"");
	}

	@Test
	void listWhenSearchingByDomainThenFindsTheCustomer() {
		assertThat(this.mvc.get().uri("/partner/customers?q=keystone-clinics.test").with(signedIn("ga@fabrikam.test")))
			.hasStatusOk()
			.bodyText()
			.contains("Keystone Clinics", "Showing 1\u20131 of 1");
	}

	@Test
	void listWhenSearchFindsNothingThenSaysSoAndOffersToClearIt() {
		assertThat(this.mvc.get().uri("/partner/customers?q=nowhere").with(signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("No customers match \u201cnowhere\u201d.", "Clear search")
			.doesNotContain("No customers yet");
	}

	@Test
	void listWhenSearchHasWildcardsThenMatchesThemLiterally() {
		assertThat(this.mvc.get().uri("/partner/customers").param("q", "%").with(signedIn("ga@fabrikam.test")))
			.hasStatusOk()
			.bodyText()
			.contains("No customers match \u201c%\u201d.");
		assertThat(this.mvc.get().uri("/partner/customers").param("q", "_").with(signedIn("ga@fabrikam.test")))
			.hasStatusOk()
			.bodyText()
			.contains("No customers match \u201c_\u201d.");
	}

	@Test
	void listWhenSortedByCompanyDescendingThenLastNamesComeFirst() {
		String body = body("/partner/customers?sort=-company", "ga@fabrikam.test");
		assertThat(body).contains("Zenith Energy", "aria-sort=\"descending\"").doesNotContain("Adatum Italia");
		assertThat(body.indexOf("Zenith Energy")).isLessThan(body.indexOf("Yellowstone Textiles"));
	}

	@Test
	void listWhenSortedBySinceDescendingThenNewestCustomersComeFirst() {
		String body = body("/partner/customers?sort=-since", "ga@fabrikam.test");
		// The demo relationships start three days apart, in the order the customers were
		// added.
		assertThat(body.indexOf("Falcon Foods")).isPositive().isLessThan(body.indexOf("Cedar Architects"));
		assertThat(body).doesNotContain("Adatum Italia");
	}

	@Test
	void listWhenSortedByDomainOrCountryThenOrdersByThatColumn() {
		String byDomain = body("/partner/customers?sort=domain", "ga@fabrikam.test");
		assertThat(byDomain.indexOf("adatum.test")).isPositive().isLessThan(byDomain.indexOf("alpine-media.test"));
		String byCountry = body("/partner/customers?sort=country", "ga@fabrikam.test");
		// Belgium (BE) comes before Germany (DE); Italy (IT) is not on the first page.
		assertThat(byCountry.indexOf("Belgium")).isPositive().isLessThan(byCountry.indexOf("Germany"));
		assertThat(byCountry).doesNotContain("Italy");
	}

	@Test
	void listWhenSortIsUnknownThenUsesDefaultOrder() {
		assertThat(this.mvc.get().uri("/partner/customers?sort=drop table customer").with(signedIn("ga@fabrikam.test")))
			.hasStatusOk()
			.bodyText()
			.contains("Adatum Italia");
		assertThat(this.mvc.get().uri("/partner/customers?sort=-").with(signedIn("ga@fabrikam.test"))).hasStatusOk();
	}

	@Test
	void listWhenSecondPageThenShowsNextTwentyCustomers() {
		assertThat(this.mvc.get().uri("/partner/customers?page=1").with(signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("Showing 21\u201340 of 61")
			.doesNotContain("Adatum Italia");
	}

	@Test
	void listWhenPageIsBadThenShowsAPageInsteadOfAnError() {
		assertThat(this.mvc.get().uri("/partner/customers?page=9999").with(signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("Showing 61\u201361 of 61");
		assertThat(
				this.mvc.get().uri("/partner/customers?page=99999999999999999999").with(signedIn("ga@fabrikam.test")))
			.hasStatusOk()
			.bodyText()
			.contains("Showing 1\u201320 of 61");
		assertThat(this.mvc.get().uri("/partner/customers?page=-3").with(signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("Showing 1\u201320 of 61");
		assertThat(this.mvc.get().uri("/partner/customers?page=two").with(signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("Showing 1\u201320 of 61");
	}

	@Test
	void listWhenPagedThenPageLinksKeepSearchAndSort() {
		assertThat(body("/partner/customers?sort=-since", "ga@fabrikam.test"))
			.containsPattern("href=\"/partner/customers\\?sort=-since&amp;page=1&amp;after=\\d+\"");
		assertThat(body("/partner/customers?q=a&sort=-since", "ga@fabrikam.test"))
			.contains("href=\"/partner/customers?q=a&amp;sort=since\"");
	}

	@Test
	void expandWhenFabrikamCustomerThenShowsAccountServicesUsersAndSubscriptions() {
		Long adatum = this.demo.customerId("adatum.test");
		// The demo dates the acceptance relative to the day it starts; dates show in UTC.
		Instant accepted = this.jdbc.sql("select agreement_accepted_at from customer where id = ?")
			.param(adatum)
			.query(Instant.class)
			.single();
		String body = body("/partner/customers?expand=" + adatum, "ga@fabrikam.test");
		assertThat(body).contains("aria-expanded=\"true\"", "Details of Adatum Italia", "Public cloud",
				"Yes (version 2026-11, " + DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH)
					.format(accepted.atZone(ZoneOffset.UTC)) + ")",
				"Azure Active Directory", "Held since", "Does not apply", "Marco Rossi", "ga@adatum.test",
				"Global admin", "Microsoft 365 Business Standard", "45", "Suspended", "Bought elsewhere", ">You<");
	}

	@Test
	void expandWhenCustomerHasPartialDelegatedAdminThenShowsNotHeldServices() {
		Long atlas = this.demo.customerId("atlas-robotics.test");
		String body = body("/partner/customers?expand=" + atlas, "ga@fabrikam.test");
		assertThat(body).contains("Details of Atlas Robotics", "Held since", "Not held", "Mateo Atlas");
	}

	@Test
	void expandWhenAnotherPartnerSoldASubscriptionThenNamesThatPartner() {
		Long adatum = this.demo.customerId("adatum.test");
		this.jdbc
			.sql("insert into subscription (customer_id, service_id, offer_name, seats, status, partner_of_record_id,"
					+ " created_at) select ?, s.id, 'Dynamics 365 Field Service', 3, 'ACTIVE', p.id, current_timestamp"
					+ " from cloud_service s, partner p where s.code = 'DYNAMICS_365' and p.name = 'Northwind Advisors'")
			.param(adatum)
			.update();
		assertThat(body("/partner/customers?expand=" + adatum, "ga@fabrikam.test"))
			.contains("Dynamics 365 Field Service", "Northwind Advisors");
	}

	@Test
	void expandWhenRequestedThenLinksKeepSearchSortAndPage() {
		Long summitEnergy = this.demo.customerId("summit-energy.test");
		String body = body("/partner/customers?q=summit&sort=-since", "ga@fabrikam.test");
		assertThat(body).contains("href=\"/partner/customers?q=summit&amp;sort=-since&amp;expand=" + summitEnergy
				+ "#customer-" + summitEnergy + "\"", "aria-expanded=\"false\"");
		assertThat(body("/partner/customers?q=summit&sort=-since&expand=" + summitEnergy, "ga@fabrikam.test")).contains(
				"Details of Summit Energy",
				"href=\"/partner/customers?q=summit&amp;sort=-since#customer-" + summitEnergy + "\"");
	}

	@Test
	void expandWhenCustomerIsNotOnThePageThenStillShowsItsDetails() {
		Long zenith = this.demo.customerId("zenith-energy.test");
		assertThat(body("/partner/customers?expand=" + zenith, "ga@fabrikam.test")).contains("Details of Zenith Energy",
				"id=\"customer-" + zenith + "\"");
	}

	@Test
	void expandWhenCustomerIsUnknownOrNotANumberThenNotFound() {
		assertThat(this.mvc.get().uri("/partner/customers?expand=999999").with(signedIn("ga@fabrikam.test")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/partner/customers?expand=abc").with(signedIn("ga@fabrikam.test")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void expandWhenCustomerOfAnotherPartnerThenNotFound() {
		assertThat(this.mvc.get()
			.uri("/partner/customers?expand=" + this.demo.customerId("adatum.test"))
			.with(signedIn("ga@litware.test"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/partner/customers?expand=" + this.demo.customerId("contoso.test"))
			.with(signedIn("ga@fabrikam.test"))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void listWhenEveryPartnerRoleThenAllowed() {
		for (String email : new String[] { "agent@fabrikam.test", "sales@fabrikam.test", "helpdesk@fabrikam.test" }) {
			assertThat(this.mvc.get().uri("/partner/customers").with(signedIn(email))).hasStatusOk()
				.bodyText()
				.contains("Adatum Italia");
		}
	}

	@Test
	void requestButtonWhenGlobalAdminOrAdminAgentThenShown() {
		assertThat(body("/partner/customers", "ga@fabrikam.test")).contains(REQUEST_LINK);
		assertThat(body("/partner/customers", "agent@fabrikam.test")).contains(REQUEST_LINK);
	}

	@Test
	void requestButtonWhenSalesOrHelpdeskAgentThenHiddenAndRefused() {
		assertThat(body("/partner/customers", "sales@fabrikam.test")).doesNotContain(REQUEST_LINK);
		assertThat(body("/partner/customers", "helpdesk@fabrikam.test")).doesNotContain(REQUEST_LINK);
		assertThat(this.mvc.get().uri("/partner/relationship-requests/new").with(signedIn("sales@fabrikam.test")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/partner/relationship-requests/new").with(signedIn("helpdesk@fabrikam.test")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private String body(String uri, String email) {
		var result = this.mvc.get().uri(uri).with(signedIn(email)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RequestPostProcessor signedIn(String email) {
		return this.demo.signedIn(email);
	}

	private Long insertCustomer(String name, String domain, String country) {
		this.jdbc
			.sql("insert into customer (company_name, domain, country, cloud, created_at)"
					+ " values (?, ?, ?, 'PUBLIC', current_timestamp)")
			.params(name, domain, country)
			.update();
		return this.demo.customerId(domain);
	}

	private void insertRelationship(Long partnerId, Long customerId, String state) {
		this.jdbc
			.sql("insert into reseller_relationship (partner_id, customer_id, relationship_type, state, since)"
					+ " values (?, ?, 'RESELLER', ?, current_timestamp)")
			.params(partnerId, customerId, state)
			.update();
	}

}
