package com.partnerportal.customerlist;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.partnerportal.DemoAccounts;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The Customers page must cost the same number of SQL statements whatever the number of
 * rows it shows, so that it still answers quickly for a partner with a hundred thousand
 * customers: no query per row.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class CustomerListQueryCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CustomerListQueries queries;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DemoAccounts demo;

	private Statistics statistics;

	private PortalUser fabrikam;

	@BeforeEach
	void setUp() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.fabrikam = this.demo.user("ga@fabrikam.test");
	}

	@Test
	void listWhenPageHasTwentyRowsOrOneThenRunsTheSameStatements() {
		long fullPage = statementsFor("/partner/customers");
		long lastPage = statementsFor("/partner/customers?page=3");
		long oneMatch = statementsFor("/partner/customers?q=adatum");

		assertThat(fullPage).isPositive().isEqualTo(lastPage).isEqualTo(oneMatch);
	}

	@Test
	void expandWhenCustomerHasMoreOrFewerUsersSubscriptionsAndGrantsThenRunsTheSameStatements() {
		// Adatum: two grants, four subscriptions; Vertex Legal: no grant, one
		// subscription.
		long adatum = statementsFor("/partner/customers?expand=" + this.demo.customerId("adatum.test"));
		long vertex = statementsFor("/partner/customers?expand=" + this.demo.customerId("vertex-legal.test"));

		assertThat(adatum).isPositive().isEqualTo(vertex);
	}

	@Test
	void customersWhenPageSizeIsFiveOrTwentyThenRunsTheSameStatements() {
		long five = statementsFor(() -> this.queries.customers(this.fabrikam.partnerId(), null, PageRequest.of(0, 5)));
		long twenty = statementsFor(
				() -> this.queries.customers(this.fabrikam.partnerId(), null, PageRequest.of(0, 20)));

		assertThat(five).isEqualTo(twenty).isLessThanOrEqualTo(4);
	}

	private long statementsFor(String uri) {
		return statementsFor(() -> assertThat(this.mvc.get().uri(uri).with(user(this.fabrikam))).hasStatusOk());
	}

	private long statementsFor(Runnable action) {
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

}
