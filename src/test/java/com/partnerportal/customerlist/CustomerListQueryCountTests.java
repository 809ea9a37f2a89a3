package com.partnerportal.customerlist;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.ManyCustomers;
import com.partnerportal.PortalTest;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The Customers page must cost the same number of SQL statements whatever the number of
 * rows it shows and the number of customers the partner has, so that it still answers
 * quickly for a partner with a hundred thousand customers: no query per row, and none
 * that depends on how deep the page is. Each kind of request is measured on the demo data
 * and again after the partner gains more customers than the count reads.
 */
@PortalTest
@Transactional
class CustomerListQueryCountTests {

	/**
	 * The count, the rows, the delegated admin of the rows; the catalogue is held in
	 * memory.
	 */
	private static final long FIRST_PAGE = 3;

	/** And the rows of the two pages before, for their links. */
	private static final long OTHER_PAGE = 4;

	/** A batch of the CSV export: the rows, their delegated admin. */
	private static final long EXPORT_BATCH = 2;

	/** An expanded row adds its customer, grants, users and subscriptions. */
	private static final long EXPANDED = FIRST_PAGE + 4;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CustomerListQueries queries;

	@Autowired
	CustomerExport export;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ManyCustomers customersInBulk;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	private Statistics statistics;

	private PortalUser fabrikam;

	@BeforeEach
	void setUp() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.fabrikam = this.demo.user("ga@fabrikam.test");
	}

	@Test
	void listWhenPartnerHasSixtyOrTenThousandCustomersThenEachRequestRunsTheSameStatements() {
		Map<String, Long> demoData = statementsForEveryKindOfRequest();
		addCustomers(CustomerListQueries.COUNT_LIMIT);
		Map<String, Long> manyCustomers = statementsForEveryKindOfRequest();

		assertThat(manyCustomers).isEqualTo(demoData);
		assertThat(this.mvc.get().uri("/partner/customers").with(user(this.fabrikam))).bodyText()
			.contains("Showing 1\u201320 of more than 10,000");
	}

	/**
	 * Ordered by the countries' names, which no index holds, a list of more than
	 * {@value CustomerListQueries#SORTED_MATCHES_LIMIT} customers walks country by
	 * country: one statement per country the customers are in (to find them), one per
	 * country a page reaches into, and where a cursor starts, one for the cursor. None of
	 * that depends on the number of customers: 2,062 and 12,062 run the same statements.
	 */
	@Test
	void listByCountryWhenTwoThousandOrTwelveThousandCustomersThenTheSameStatements() {
		addCustomers(CustomerListQueries.SORTED_MATCHES_LIMIT + 1);
		Map<String, Long> fewer = statementsByCountry();
		addCustomers(CustomerListQueries.COUNT_LIMIT);
		Map<String, Long> more = statementsByCountry();

		assertThat(more).isEqualTo(fewer);
		long countries = this.jdbc.sql("select count(distinct country) from customer").query(Long.class).single();
		// One statement per country to find them and one that finds none after the last;
		// the page's rows come from one country or two.
		assertThat(more.get("country")).isLessThanOrEqualTo(FIRST_PAGE + countries + 1 + 2);
	}

	@Test
	void customersWhenOnePageOrTheNextThenAtMostFiveStatements() {
		long first = statementsFor(
				() -> this.queries.customers(this.fabrikam.partnerId(), null, CustomerOrder.DEFAULT, 0, null));
		long second = statementsFor(
				() -> this.queries.customers(this.fabrikam.partnerId(), null, CustomerOrder.DEFAULT, 1, null));

		assertThat(first).isEqualTo(FIRST_PAGE);
		assertThat(second).isEqualTo(OTHER_PAGE);
	}

	@Test
	void exportWhenSixtyOrTenThousandCustomersThenTheSameStatementsForEachBatch() {
		long sixty = exported(CustomerOrder.DEFAULT);
		addCustomers(CustomerListQueries.COUNT_LIMIT);
		long tenThousand = exported(CustomerOrder.DEFAULT);
		long tenThousandByCountry = exported(CustomerOrder.parse("-country"));

		assertThat(sixty).isEqualTo(EXPORT_BATCH);
		// Fabrikam's 61 demo customers and the 10,000 added.
		long batches = (CustomerListQueries.COUNT_LIMIT + 61 + CustomerExport.BATCH - 1) / CustomerExport.BATCH;
		assertThat(tenThousand).isEqualTo(batches * EXPORT_BATCH);
		// By country, each batch also finds the countries, and reads each country it
		// reaches into after the cursor's own.
		long countries = this.jdbc.sql("select count(distinct country) from customer").query(Long.class).single();
		assertThat(tenThousandByCountry).isLessThanOrEqualTo(batches * (EXPORT_BATCH + countries + 2) + countries);
	}

	private long exported(CustomerOrder order) {
		CustomerSelection selection = new CustomerSelection(null, null, order, Locale.ENGLISH);
		return statementsFor(() -> {
			try {
				this.export.csv(this.fabrikam.partnerId(), selection).writeTo(OutputStream.nullOutputStream());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Every search, order, depth and expansion the page offers; the cursors of the deep
	 * pages are the ones the page's own links carry.
	 */
	private Map<String, Long> statementsForEveryKindOfRequest() {
		Map<String, Long> statements = new LinkedHashMap<>();
		Long partnerId = this.fabrikam.partnerId();
		for (String sort : List.of("company", "-company", "domain", "-domain", "since", "-since")) {
			CustomerOrder order = CustomerOrder.parse(sort);
			CustomerPage second = this.queries.customers(partnerId, null, order, 1, null);
			Long thirdStart = second.cursor(2).orElseThrow();
			statements.put(sort, expect("/partner/customers?sort=" + sort, FIRST_PAGE));
			statements.put(sort + " page 3",
					expect("/partner/customers?sort=" + sort + "&page=2&after=" + thirdStart, OTHER_PAGE));
		}
		statements.put("page by number", expect("/partner/customers?page=2", OTHER_PAGE));
		statements.put("search by name", expect("/partner/customers?q=nova", FIRST_PAGE));
		statements.put("search by domain", expect("/partner/customers?q=keystone-clinics.test", FIRST_PAGE));
		statements.put("search by a word inside the name", expect("/partner/customers?q=travel", FIRST_PAGE));
		statements.put("search by two words", expect("/partner/customers?q=harbor+travel", FIRST_PAGE));
		for (String coverage : List.of("all", "some", "none")) {
			statements.put("delegated admin on " + coverage,
					expect("/partner/customers?dap=" + coverage + "&sort=-since", FIRST_PAGE));
		}
		statements.put("expanded",
				expect("/partner/customers?expand=" + this.demo.customerId("adatum.test"), EXPANDED));
		statements.put("expanded, few rows",
				expect("/partner/customers?expand=" + this.demo.customerId("vertex-legal.test"), EXPANDED));
		return statements;
	}

	/**
	 * The orders by country, deep pages by cursor, and the filters in that order.
	 */
	private Map<String, Long> statementsByCountry() {
		Map<String, Long> statements = new LinkedHashMap<>();
		Long partnerId = this.fabrikam.partnerId();
		for (String sort : List.of("country", "-country")) {
			CustomerSelection selection = new CustomerSelection(null, null, CustomerOrder.parse(sort), Locale.ENGLISH);
			Long thirdStart = this.queries.customers(partnerId, selection, 1, null).cursor(2).orElseThrow();
			statements.put(sort, statementsFor(
					() -> assertThat(this.mvc.get().uri("/partner/customers?sort=" + sort).with(user(this.fabrikam)))
						.hasStatusOk()));
			statements.put(sort + " page 3",
					statementsFor(() -> assertThat(this.mvc.get()
						.uri("/partner/customers?sort=" + sort + "&page=2&after=" + thirdStart)
						.with(user(this.fabrikam))).hasStatusOk()));
		}
		for (String coverage : List.of("all", "some", "none")) {
			statements.put("delegated admin on " + coverage,
					statementsFor(() -> assertThat(this.mvc.get()
						.uri("/partner/customers?dap=" + coverage + "&sort=country")
						.with(user(this.fabrikam))).hasStatusOk()));
		}
		return statements;
	}

	private long expect(String uri, long expected) {
		long statements = statementsFor(
				() -> assertThat(this.mvc.get().uri(uri).with(user(this.fabrikam))).hasStatusOk());
		assertThat(statements).as(uri).isEqualTo(expected);
		return statements;
	}

	/**
	 * Customers named "Zz…", so that the demo customers stay on the first pages.
	 */
	private void addCustomers(int count) {
		this.customersInBulk.add(this.fabrikam.partnerId(), count);
	}

	private long statementsFor(Runnable action) {
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

}
