package com.partnerportal.generator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.partnerportal.DemoAccounts;
import com.partnerportal.generator.SampleOrganisations.SamplePartner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The generator at a small scale: the data it writes keeps the portal's rules, and every
 * page the benchmark measures renders for the accounts it creates. The context is a
 * database of its own (the property keeps it out of the shared cache) and is closed
 * after, as the generated services and partners would surprise other tests.
 */
@SpringBootTest(properties = "portal.generate.password=generated-password")
@AutoConfigureMockMvc
@Import(DataGenerator.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorTests {

	static final int CUSTOMERS = 200;

	static final int PENDING = 10;

	static final int ENTRIES = 3_000;

	static final Pattern NEXT_LINK = Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\"");

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts accounts;

	GeneratedData data;

	@BeforeAll
	void generate() {
		this.data = this.generator.generate(new DataSetSize(CUSTOMERS, PENDING, ENTRIES, "generated-password"));
	}

	@Test
	void generateWritesTheMainPartnersCustomersTheOtherPartnersAndTheLog() {
		assertThat(count("select count(*) from reseller_relationship where partner_id = ? and state = 'ACTIVE'",
				this.data.mainPartnerId()))
			.isEqualTo(CUSTOMERS);
		assertThat(count("select count(*) from partner where id between ? and ?", this.data.partnerIds().get(0),
				this.data.partnerIds().get(20)))
			.isEqualTo(21);
		assertThat(count("select count(*) from cloud_service")).isEqualTo(10);
		assertThat(count("select count(*) from subscription s join customer c on c.id = s.customer_id "
				+ "where c.domain like '%.example'"))
			.isEqualTo(2L * CUSTOMERS);
		assertThat(count("select count(*) from activity_log where customer_name is not null and customer_id in "
				+ "(select id from customer where domain like '%.example')"))
			.isEqualTo(ENTRIES);
		assertThat(count("select count(*) from delegated_admin_grant g join customer c on c.id = g.customer_id "
				+ "where c.domain like '%.example'"))
			.isBetween(2L * CUSTOMERS, 4L * CUSTOMERS);
	}

	@Test
	void generateGivesDelegatedAdminOnlyWhereItAppliesAndCspHoldersOnlyToCspPartners() {
		assertThat(count("select count(*) from delegated_admin_grant g join cloud_service s on s.id = g.service_id "
				+ "where not s.delegated_admin_applies"))
			.isZero();
		assertThat(count("select count(*) from delegated_admin_grant g "
				+ "join reseller_relationship r on r.id = g.relationship_id join partner p on p.id = r.partner_id "
				+ "where g.csp_holder_customer_id is not null and not p.csp_member"))
			.isZero();
		assertThat(count("select count(*) from delegated_admin_grant g "
				+ "join reseller_relationship r on r.id = g.relationship_id where r.customer_id <> g.customer_id"))
			.isZero();
		assertThat(count("select count(*) from (select customer_id, service_id from delegated_admin_grant "
				+ "where active and csp_holder_customer_id is null and relationship_id in (select r.id from "
				+ "reseller_relationship r join partner p on p.id = r.partner_id where p.csp_member)) t"))
			.isZero();
	}

	@Test
	void generateRelatesPartnersOnlyWithCustomersOfTheirTerritoryAndCloud() {
		assertThat(count("select count(*) from reseller_relationship r join partner p on p.id = r.partner_id "
				+ "join customer c on c.id = r.customer_id left join country_region cr on cr.country = c.country "
				+ "where c.cloud <> p.cloud or (c.country <> p.country and (cr.region is null or cr.region <> p.region))"))
			.isZero();
	}

	@Test
	void generateSellsSubscriptionsOnlyThroughPartnersWithARelationshipAndWithinTheOffersSeats() {
		assertThat(count("select count(*) from subscription s where (s.partner_of_record_id is not null and not exists "
				+ "(select 1 from reseller_relationship r where r.partner_id = s.partner_of_record_id "
				+ "and r.customer_id = s.customer_id and r.state = 'ACTIVE')) "
				+ "or coalesce(s.support_contact_partner_id, -1) <> coalesce(s.partner_of_record_id, -1)"))
			.isZero();
		assertThat(count("select count(*) from subscription s where not exists (select 1 from offer o "
				+ "where o.service_id = s.service_id and o.name = s.offer_name and s.seats between o.min_seats and o.max_seats)"))
			.isZero();
	}

	@Test
	void generateRecordsAgreementsAcceptedByTheCustomersGlobalAdmins() {
		assertThat(count("select count(*) from customer c join user_account u on u.id = c.agreement_accepted_by "
				+ "where c.domain like '%.example' and (u.customer_id <> c.id or not u.customer_global_admin)"))
			.isZero();
		assertThat(
				count("select count(*) from customer where domain like '%.example' and agreement_version is not null "
						+ "and agreement_accepted_by is null"))
			.isZero();
	}

	@Test
	void generateWhenRunAgainOnTheSameDatabaseThenRefuses() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.generator.generate(new DataSetSize(1, 0, 0, "generated-password")))
			.withMessageContaining("generated data already");
	}

	@Test
	void customersPageRendersThePartnersCustomersSearchedPagedAndExpanded() {
		String partner = this.data.partnerEmail();
		assertThat(as(partner, this.mvc.get().uri("/partner/customers"))).hasStatusOk();
		assertThat(as(partner, this.mvc.get().uri("/partner/customers?page=5"))).hasStatusOk();
		assertThat(as(partner, this.mvc.get().uri("/partner/customers?q=" + this.data.searchWord()))).hasStatusOk()
			.bodyText()
			.contains(this.data.searchWord());
		assertThat(as(partner, this.mvc.get().uri("/partner/customers?expand=" + this.data.sampleCustomerId())))
			.hasStatusOk();
	}

	@Test
	void deepPageIsTheLastPageReachedByTheCustomersPagesOwnNextLinks() throws Exception {
		String partner = this.data.partnerEmail();
		String url = "/partner/customers";
		String body = page(partner, url);
		int pages = 1;
		Matcher next = NEXT_LINK.matcher(body);
		while (next.find()) {
			url = next.group(1).replace("&amp;", "&");
			body = page(partner, url);
			pages++;
			next = NEXT_LINK.matcher(body);
		}
		GeneratedData.DeepPage deep = this.data.deepPage();
		assertThat(pages).isEqualTo(CUSTOMERS / DataGenerator.LIST_PAGE_SIZE);
		assertThat(deep.number()).isEqualTo(pages);
		assertThat(deep.url("/partner/customers")).isEqualTo(url);
		assertThat(body).contains("id=\"customer-" + deep.first() + "\"");
	}

	@Test
	void partnerRelationshipsPageOfTheManyPartnersCustomerShowsEveryPartner() {
		assertThat(as(this.data.manyPartnersEmail(), this.mvc.get().uri("/customer/partner-relationships")))
			.hasStatusOk()
			.bodyText()
			.contains(SampleOrganisations.PARTNERS.stream().map(SamplePartner::name).toList());
	}

	@Test
	void adminAndActivityPagesRenderForTheGeneratedAccounts() {
		assertThat(as(this.data.adminEmail(),
				this.mvc.get().uri("/admin/relationships?service=" + this.data.sampleServiceId())))
			.hasStatusOk()
			.bodyText()
			.contains(SampleOrganisations.PARTNERS.get(0).name());
		assertThat(as(this.data.adminEmail(), this.mvc.get().uri("/admin/activity?action=DELEGATED_ADMIN_GRANTED")))
			.hasStatusOk();
		assertThat(as(this.data.partnerEmail(), this.mvc.get().uri("/partner/activity"))).hasStatusOk();
	}

	@Test
	void waitingCustomersAcceptEveryPartnersInvitation() {
		List<GeneratedData.Acceptance> acceptances = this.data.acceptances();
		assertThat(acceptances).hasSize(21 * PENDING);
		GeneratedData.Acceptance first = acceptances.get(0);
		GeneratedData.Acceptance otherPartner = acceptances.get(acceptances.size() - 1);
		for (GeneratedData.Acceptance acceptance : List.of(first, otherPartner)) {
			assertThat(as(acceptance.email(),
					this.mvc.post().uri("/invitations/" + acceptance.token() + "/accept").with(csrf())))
				.hasStatus3xxRedirection()
				.redirectedUrl()
				.isEqualTo("/customer/partner-relationships");
		}
		assertThat(count(
				"select count(*) from reseller_relationship r join user_account u on u.customer_id = r.customer_id "
						+ "where u.email = ? and r.state = 'ACTIVE'",
				first.email()))
			.isEqualTo(1);
	}

	private String page(String email, String url) throws Exception {
		return this.mvc.get()
			.uri(url)
			.with(this.accounts.signedIn(email))
			.exchange()
			.getResponse()
			.getContentAsString();
	}

	private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
		return request.with(this.accounts.signedIn(email));
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
