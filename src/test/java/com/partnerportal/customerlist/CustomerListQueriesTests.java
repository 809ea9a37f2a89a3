package com.partnerportal.customerlist;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.jspecify.annotations.Nullable;

import com.partnerportal.DemoAccounts;
import com.partnerportal.ManyCustomers;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.customer.internal.NameWordsFiller;
import com.partnerportal.customerlist.CustomerDetails.ServiceAccess;
import com.partnerportal.customerlist.web.CustomerListController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side of the Customers page against the schema and the demo data.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// NameWordsFiller and PartnerCustomerWordsFiller give the demo data's customers their
// name
// words and its partners their entries of them, as in the whole application; a JPA slice
// does not scan for them.
@Import({ CustomerListQueries.class, Catalogue.class, DemoAccounts.class, ManyCustomers.class, NameWordsFiller.class,
		PartnerCustomerWordsFiller.class })
class CustomerListQueriesTests {

	@Autowired
	CustomerListQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	ManyCustomers manyCustomers;

	@Test
	void customersWhenSortedByCompanyThenIgnoresCase() {
		Long fabrikam = fabrikam();
		insertCustomerOf(fabrikam, "aaron lower-case", "aaron.test", "ES");

		assertThat(names(first(fabrikam, null, "company")).subList(0, 3)).containsExactly("aaron lower-case",
				"Adatum Italia", "Alpine Media");
	}

	@Test
	void customersWhenSortedDescendingByCountryThenByNameAndTiesGoByCompanyNameDescendingToo() {
		CustomerPage page = first(fabrikam(), null, "-country");

		assertThat(page.rows()).hasSize(CustomerListController.PAGE_SIZE)
			.isSortedAccordingTo(Comparator
				.comparing(CustomerListQueriesTests::englishCountryName, Collator.getInstance(Locale.ENGLISH))
				.thenComparing((row) -> row.companyName().toLowerCase(Locale.ROOT))
				.reversed());
	}

	@Test
	void customersWhenSearchingThenMatchesTheStartOfAnyWordOfTheNameOrWithADotOfTheDomainLiterally() {
		Long fabrikam = fabrikam();

		assertThat(names(first(fabrikam, "NOVA", "company"))).containsExactly("Nova Clinics", "Nova Energy",
				"Nova Foods");
		assertThat(names(first(fabrikam, "KEYSTONE-CLINICS.T", "company"))).containsExactly("Keystone Clinics");
		assertThat(names(first(fabrikam, "clin", "company"))).isNotEmpty()
			.allSatisfy((name) -> assertThat(name).containsIgnoringCase(" clinics"))
			.contains("Keystone Clinics", "Nova Clinics");
		assertThat(names(first(fabrikam, "clinics nova", "company"))).containsExactly("Nova Clinics");
		assertThat(first(fabrikam, "linics", "company").rows()).isEmpty();
		// Wildcards are punctuation, not wildcards: no word starts with "ova".
		assertThat(first(fabrikam, "_ova", "company").rows()).isEmpty();
		assertThat(first(fabrikam, "%ova", "company").rows()).isEmpty();
		assertThat(first(fabrikam, "clinics.test", "company").rows()).isEmpty();
	}

	@Test
	void customersWhenPageIsPastTheEndThenGivesTheLastPage() {
		CustomerPage page = this.queries.customers(fabrikam(), null, CustomerOrder.DEFAULT, 500, null);

		assertThat(page.number()).isEqualTo(3);
		assertThat(page.rows()).hasSize(1);
		assertThat(page.matching()).isEqualTo(61);
		assertThat(page.countLimited()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "company", "-company", "domain", "-domain", "country", "-country", "since", "-since" })
	void customersWhenTheCursorIsAnotherPartnersCustomerThenThePageByNumberAsIfThereWereNone(String sort) {
		Long fabrikam = fabrikam();
		Long northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		insertCustomerOf(northwind, "Middle Of The List", "middle-of-the-list.test", "ES");
		Long northwindsCustomer = this.demo.customerId("middle-of-the-list.test");
		CustomerOrder order = CustomerOrder.parse(sort);

		for (int number = 0; number < 2; number++) {
			CustomerPage withoutCursor = this.queries.customers(fabrikam, null, order, number, null);
			for (Long cursor : List.of(northwindsCustomer, Long.MAX_VALUE, -1L)) {
				CustomerPage withCursor = this.queries.customers(fabrikam, null, order, number, cursor);
				assertThat(ids(withCursor)).as("page %s after %s", number, cursor).isEqualTo(ids(withoutCursor));
				assertThat(withCursor.number()).isEqualTo(withoutCursor.number());
				assertThat(withCursor.cursors()).isEqualTo(withoutCursor.cursors());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "company", "-company", "domain", "-domain", "country", "-country", "since", "-since" })
	void customersWhenFollowingNextLinksThenSameRowsAsPagesByNumber(String sort) {
		Long fabrikam = fabrikam();
		CustomerOrder order = CustomerOrder.parse(sort);
		List<Long> byCursor = new ArrayList<>();
		List<Long> byNumber = new ArrayList<>();
		CustomerPage page = this.queries.customers(fabrikam, null, order, 0, null);
		for (int number = 0; number < 4; number++) {
			assertThat(page.number()).isEqualTo(number);
			byCursor.addAll(ids(page));
			byNumber.addAll(ids(this.queries.customers(fabrikam, null, order, number, null)));
			Optional<Long> next = page.cursor(number + 1);
			if (number < 3) {
				assertThat(next).as("page %d", number + 1).isNotNull().isPresent();
				page = this.queries.customers(fabrikam, null, order, number + 1, next.orElseThrow());
			}
			else {
				assertThat(next).isNull();
			}
		}

		assertThat(byCursor).hasSize(61).doesNotHaveDuplicates().isEqualTo(byNumber);
	}

	/**
	 * Past {@value CustomerListQueries#SORTED_MATCHES_LIMIT} customers the list is read
	 * the other way round, from the index of its order: the rows must come in the same
	 * order as all of the partner's customers sorted, by cursor and by page number alike.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "company", "-company", "domain", "-domain", "country", "-country", "since", "-since" })
	void customersWhenPartnerHasManyCustomersThenSameOrderAsSortingThemAll(String sort) {
		Long fabrikam = fabrikam();
		this.manyCustomers.add(fabrikam, CustomerListQueries.SORTED_MATCHES_LIMIT + 1);
		CustomerOrder order = CustomerOrder.parse(sort);
		int pageSize = CustomerListController.PAGE_SIZE;
		List<Long> sorted = allSorted(fabrikam, order);
		List<Long> byCursor = new ArrayList<>();
		CustomerPage page = this.queries.customers(fabrikam, null, order, 0, null);
		for (int number = 1; number <= 4; number++) {
			byCursor.addAll(ids(page));
			page = this.queries.customers(fabrikam, null, order, number, page.cursor(number).orElseThrow());
		}

		assertThat(sorted).hasSizeGreaterThan(CustomerListQueries.SORTED_MATCHES_LIMIT);
		assertThat(byCursor).isEqualTo(sorted.subList(0, 4 * pageSize));
		assertThat(ids(this.queries.customers(fabrikam, null, order, 70, null)))
			.isEqualTo(sorted.subList(70 * pageSize, 71 * pageSize));
	}

	/**
	 * The same with a search or a filter that many customers match, which the list then
	 * checks row by row as it walks the index of its order, and with the countries
	 * ordered by their names in Spanish (Alemania, Bélgica, España, Francia) as well as
	 * in English (Belgium, France, Germany, Spain), which the list walks country by
	 * country.
	 */
	@ParameterizedTest
	@CsvSource({ "company,customer,,en", "-company,zz cust,,en", "country,,none,es", "-country,zz,none,es",
			"since,customer,none,en", "domain,,none,en" })
	void customersWhenManyMatchTheSearchOrFilterThenSameOrderAsSelectingAndSortingThemAll(String sort,
			@Nullable String search, @Nullable String dap, String language) {
		Long fabrikam = fabrikam();
		this.manyCustomers.add(fabrikam, CustomerListQueries.SORTED_MATCHES_LIMIT + 1);
		Locale locale = Locale.forLanguageTag(language);
		CustomerSelection selection = new CustomerSelection(search, DelegatedAdminCoverage.parse(dap).orElse(null),
				CustomerOrder.parse(sort), locale);
		int pageSize = CustomerListController.PAGE_SIZE;
		List<Long> sorted = allSorted(fabrikam, selection.order(), locale).stream()
			.filter((row) -> search == null || row.companyName().toLowerCase(Locale.ROOT).startsWith("zz"))
			.filter((row) -> dap == null || row.delegatedAdminServices() == 0)
			.map(CustomerRow::id)
			.toList();
		List<Long> byCursor = new ArrayList<>();
		CustomerPage page = this.queries.customers(fabrikam, selection, 0, null);
		for (int number = 1; number <= 4; number++) {
			byCursor.addAll(ids(page));
			page = this.queries.customers(fabrikam, selection, number, page.cursor(number).orElseThrow());
		}

		assertThat(sorted).hasSizeGreaterThan(CustomerListQueries.SORTED_MATCHES_LIMIT);
		assertThat(page.matching()).isEqualTo(sorted.size());
		assertThat(byCursor).isEqualTo(sorted.subList(0, 4 * pageSize));
		assertThat(ids(this.queries.customers(fabrikam, selection, 70, null)))
			.isEqualTo(sorted.subList(70 * pageSize, 71 * pageSize));
		// Past the end, the last page by number; after the last customer, a whole page
		// that ends with it.
		int lastPage = (sorted.size() - 1) / pageSize;
		assertThat(ids(this.queries.customers(fabrikam, selection, 10_000, null)))
			.isEqualTo(sorted.subList(lastPage * pageSize, sorted.size()));
		List<Long> end = sorted.subList(sorted.size() - pageSize, sorted.size());
		assertThat(ids(this.queries.customers(fabrikam, selection, 0, end.get(end.size() - 1)))).isEqualTo(end);
	}

	@Test
	void customersWhenOnADeepPageThenKnowsWhereThePagesBeforeStart() {
		Long fabrikam = fabrikam();
		CustomerPage second = this.queries.customers(fabrikam, null, CustomerOrder.DEFAULT, 1, null);
		CustomerPage third = this.queries.customers(fabrikam, null, CustomerOrder.DEFAULT, 2,
				second.cursor(2).orElseThrow());
		CustomerPage last = this.queries.customers(fabrikam, null, CustomerOrder.DEFAULT, 3,
				third.cursor(3).orElseThrow());

		assertThat(last.cursors().keySet()).containsExactly(1, 2, 3);
		assertThat(ids(this.queries.customers(fabrikam, null, CustomerOrder.DEFAULT, 2, last.cursor(2).orElseThrow())))
			.isEqualTo(ids(third));
		assertThat(ids(this.queries.customers(fabrikam, null, CustomerOrder.DEFAULT, 1, last.cursor(1).orElseThrow())))
			.isEqualTo(ids(second));
		assertThat(second.cursor(0)).isEmpty();
	}

	@Test
	void customersWhenCursorIsTheLastCustomerThenGivesTheEndOfTheList() {
		Long fabrikam = fabrikam();
		CustomerPage last = this.queries.customers(fabrikam, null, CustomerOrder.DEFAULT, 3, null);
		Long lastCustomer = last.rows().get(0).id();

		CustomerPage page = this.queries.customers(fabrikam, null, CustomerOrder.DEFAULT, 4, lastCustomer);

		assertThat(ids(page)).hasSize(CustomerListController.PAGE_SIZE).endsWith(lastCustomer);
	}

	@Test
	void customersWhenPartnerHasNoneThenEmpty() {
		// Every demo partner has customers: a partner of its own, rolled back.
		this.jdbc
			.sql("insert into partner (name, country, region, cloud, csp_member, created_at)"
					+ " values ('Without Customers', 'BR', 'LATIN_AMERICA', 'PUBLIC', true, current_timestamp)")
			.update();
		Long withoutCustomers = this.demo.partnerId("Without Customers");

		assertThat(first(withoutCustomers, null, "company").rows()).isEmpty();
	}

	@Test
	void customersWhenDelegatedAdminRemovedThenSummaryCountsOnlyHeldServices() {
		Long fabrikam = fabrikam();
		this.jdbc
			.sql("update delegated_admin_grant set active = false, csp_holder_customer_id = null"
					+ " where customer_id = (select id from customer where domain = 'adatum.test')"
					+ " and service_id = (select id from cloud_service where code = 'OFFICE_365')")
			.update();

		CustomerRow adatum = first(fabrikam, "adatum", "company").rows().get(0);

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

	private CustomerPage first(Long partnerId, @Nullable String search, String sort) {
		return this.queries.customers(partnerId, search, CustomerOrder.parse(sort), 0, null);
	}

	private static List<String> names(CustomerPage page) {
		return page.rows().stream().map(CustomerRow::companyName).toList();
	}

	private static List<Long> ids(CustomerPage page) {
		return page.rows().stream().map(CustomerRow::id).toList();
	}

	/**
	 * The partner's customers in the order, sorted here rather than by the database.
	 */
	private List<Long> allSorted(Long partnerId, CustomerOrder order) {
		return allSorted(partnerId, order, Locale.ENGLISH).stream().map(CustomerRow::id).toList();
	}

	/**
	 * Every customer of the partner sorted here, in Java, with the services whose
	 * delegated admin the partner holds counted from the grants themselves.
	 */
	private List<CustomerRow> allSorted(Long partnerId, CustomerOrder order, Locale locale) {
		Comparator<CustomerRow> byName = Comparator.comparing((row) -> row.companyName().toLowerCase(Locale.ROOT));
		Comparator<CustomerRow> comparator = switch (order.by()) {
			case COMPANY -> byName;
			case DOMAIN -> Comparator.comparing(CustomerRow::domain);
			case COUNTRY ->
				Comparator.comparing((CustomerRow row) -> row.countryName(locale), Collator.getInstance(locale))
					.thenComparing(byName);
			case SINCE -> Comparator.comparing(CustomerRow::since);
		};
		comparator = comparator.thenComparing(CustomerRow::id);
		return this.jdbc.sql(
				"select c.id, c.company_name, c.domain, c.country, r.since, (select count(*) from delegated_admin_grant g"
						+ " where g.relationship_id = r.id and g.active) delegated_admin_services,"
						+ " 0 delegated_admin_applicable from reseller_relationship r"
						+ " join customer c on c.id = r.customer_id where r.partner_id = ? and r.state = 'ACTIVE'")
			.param(partnerId)
			.query(CustomerRow.class)
			.list()
			.stream()
			.sorted(order.descending() ? comparator.reversed() : comparator)
			.toList();
	}

	private static String englishCountryName(CustomerRow row) {
		return row.countryName(Locale.ENGLISH);
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
