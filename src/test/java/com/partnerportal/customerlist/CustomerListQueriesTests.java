package com.partnerportal.customerlist;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.customerlist.CustomerDetails.ServiceAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The read side of the Customers page against the schema and the demo data.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CustomerListQueries.class, DemoAccounts.class })
class CustomerListQueriesTests {

	@Autowired
	CustomerListQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demo;

	@Test
	void customersWhenSortedByCompanyThenIgnoresCase() {
		Long fabrikam = fabrikam();
		insertCustomerOf(fabrikam, "aaron lower-case", "aaron.test", "ES");

		assertThat(names(this.queries.customers(fabrikam, null, PageRequest.of(0, 3, sort("company")))))
			.containsExactly("aaron lower-case", "Adatum Italia", "Alpine Media");
	}

	@Test
	void customersWhenSortedDescendingByCountryThenTiesGoByCompanyName() {
		Page<CustomerRow> page = this.queries.customers(fabrikam(), null,
				PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "country")));

		assertThat(page.getContent()).extracting(CustomerRow::country).containsOnly("PT");
		assertThat(names(page)).isSorted();
	}

	@Test
	void customersWhenSearchingThenMatchesNameOrDomainLiterally() {
		Long fabrikam = fabrikam();

		assertThat(names(this.queries.customers(fabrikam, "NOVA", PageRequest.of(0, 20, sort("company")))))
			.containsExactly("Nova Clinics", "Nova Energy", "Nova Foods");
		assertThat(names(this.queries.customers(fabrikam, "-clinics.t", PageRequest.of(0, 20, sort("company")))))
			.containsExactly("Keystone Clinics", "Nova Clinics", "Riverside Clinics");
		assertThat(this.queries.customers(fabrikam, "nova%", PageRequest.of(0, 20, sort("company")))).isEmpty();
	}

	@Test
	void customersWhenPageIsPastTheEndThenGivesTheLastPage() {
		Page<CustomerRow> page = this.queries.customers(fabrikam(), null, PageRequest.of(500, 20, sort("company")));

		assertThat(page.getNumber()).isEqualTo(3);
		assertThat(page.getNumberOfElements()).isEqualTo(1);
		assertThat(page.getTotalElements()).isEqualTo(61);
	}

	@Test
	void customersWhenPartnerHasNoneThenEmpty() {
		Long litware = this.demo.partnerId("Litware Brasil");

		assertThat(this.queries.customers(litware, null, PageRequest.of(0, 20, sort("company")))).isEmpty();
	}

	@Test
	void customersWhenSortIsNotAColumnThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.queries.customers(fabrikam(), null, PageRequest.of(0, 20, sort("c.id; drop"))));
	}

	@Test
	void customersWhenDelegatedAdminRemovedThenSummaryCountsOnlyHeldServices() {
		Long fabrikam = fabrikam();
		this.jdbc
			.sql("update delegated_admin_grant set active = false, csp_holder_customer_id = null"
					+ " where customer_id = (select id from customer where domain = 'adatum.test')"
					+ " and service_id = (select id from cloud_service where code = 'OFFICE_365')")
			.update();

		CustomerRow adatum = this.queries.customers(fabrikam, "adatum", PageRequest.of(0, 20, sort("company")))
			.getContent()
			.get(0);

		assertThat(adatum.delegatedAdminServices()).isEqualTo(1);
		assertThat(adatum.delegatedAdminApplicable()).isEqualTo(2);
		assertThat(this.queries.details(fabrikam, adatum.id()).orElseThrow().services())
			.extracting(ServiceAccess::state)
			.containsExactly(DelegatedAdminState.HELD, DelegatedAdminState.REMOVED, DelegatedAdminState.NOT_APPLICABLE,
					DelegatedAdminState.NOT_APPLICABLE);
	}

	@Test
	void detailsWhenCustomerIsNotThePartnersThenEmpty() {
		Long contoso = this.demo.customerId("contoso.test");

		assertThat(this.queries.details(fabrikam(), contoso)).isEmpty();
		assertThat(this.queries.details(this.demo.partnerId("Litware Brasil"), contoso + 1)).isEmpty();
	}

	@Test
	void detailsWhenSubscriptionsThenTellsWhoSoldEach() {
		Long fabrikam = fabrikam();
		Long adatum = this.demo.customerId("adatum.test");

		CustomerDetails details = this.queries.details(fabrikam, adatum).orElseThrow();

		assertThat(details.agreementAccepted()).isTrue();
		assertThat(details.subscriptions()).extracting(CustomerDetails.SubscriptionLine::partnerOfRecord)
			.containsExactly(PartnerOfRecord.YOU, PartnerOfRecord.YOU, PartnerOfRecord.YOU, PartnerOfRecord.NONE);
		assertThat(details.users()).extracting(CustomerDetails.User::email).containsExactly("ga@adatum.test");
	}

	private static Sort sort(String key) {
		return Sort.by(key);
	}

	private static List<String> names(Page<CustomerRow> page) {
		return page.getContent().stream().map(CustomerRow::companyName).toList();
	}

	private Long fabrikam() {
		return this.demo.partnerId(DemoAccounts.FABRIKAM);
	}

	private void insertCustomerOf(Long partnerId, String name, String domain, String country) {
		this.jdbc
			.sql("insert into customer (company_name, domain, country, cloud, created_at)"
					+ " values (?, ?, ?, 'PUBLIC', current_timestamp)")
			.params(name, domain, country)
			.update();
		this.jdbc
			.sql("insert into reseller_relationship (partner_id, customer_id, relationship_type, state, since)"
					+ " select ?, id, 'RESELLER', 'ACTIVE', current_timestamp from customer where domain = ?")
			.params(partnerId, domain)
			.update();
	}

}
