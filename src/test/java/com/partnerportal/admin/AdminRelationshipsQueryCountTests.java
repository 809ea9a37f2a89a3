package com.partnerportal.admin;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.ManyCustomers;
import com.partnerportal.PortalTest;
import com.partnerportal.admin.internal.RelationshipQueries;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The relationships-per-service page must ask the database the same, small number of
 * questions whether it shows one row or twenty, and whether there are sixty relationships
 * or more than the counts read: no query per row or per service.
 */
@PortalTest
@Transactional
class AdminRelationshipsQueryCountTests {

	/**
	 * Count, one page, the delegated-admin counts of every service; the catalogue is held
	 * in memory.
	 */
	private static final long QUERIES_PER_REQUEST = 3;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DemoAccounts demo;

	private PortalUser admin;

	private Statistics statistics;

	@BeforeEach
	void signIn() {
		this.admin = this.demo.user("admin@portal.test");
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManyCustomers customersInBulk;

	@Test
	void relationshipsWhenPagesOfDifferentSizesThenSameNumberOfStatements() {
		expectTheSameStatementsForEveryRequest();
	}

	@Test
	void relationshipsWhenMoreThanTheCountsReadThenSameNumberOfStatements() {
		addRelationshipsWithDelegatedAdmin(RelationshipQueries.LIMIT);

		expectTheSameStatementsForEveryRequest();
		assertThat(this.mvc.get().uri("/admin/relationships?page=100000").with(user(this.admin))).bodyText()
			.contains("more than 10,000", "Showing 9,981\u201310,000 of more than 10,000");
	}

	private void expectTheSameStatementsForEveryRequest() {
		Long office = this.demo.serviceId("OFFICE_365");
		// 20 rows, 20 rows, 1 row (last page), 1 row (filtered), 3 rows, none, another
		// service
		String[] requests = { "/admin/relationships", "/admin/relationships?page=1", "/admin/relationships?page=3",
				"/admin/relationships?page=400", "/admin/relationships?customer=adatum",
				"/admin/relationships?customer=atlas", "/admin/relationships?partner=nobody",
				"/admin/relationships?partner=fabrikam&customer=a", "/admin/relationships?service=" + office };
		for (String uri : requests) {
			assertThat(statementsFor(uri)).as(uri).isEqualTo(QUERIES_PER_REQUEST);
		}
	}

	/**
	 * Customers named "Zz…", each with a relationship to Fabrikam holding delegated admin
	 * for the directory.
	 */
	private void addRelationshipsWithDelegatedAdmin(int count) {
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		this.customersInBulk.add(fabrikam, count);
		this.jdbc.sql("""
				insert into delegated_admin_grant (relationship_id, service_id, customer_id, active, since)
				select r.id, :serviceId, r.customer_id, true, current_timestamp
				from reseller_relationship r join customer c on c.id = r.customer_id where c.domain like :domains""")
			.param("domains", ManyCustomers.DOMAINS)
			.param("serviceId", this.demo.serviceId("AZURE_AD"))
			.update();
		// Written without the events that keep the counts, as a bulk load would be.
		for (String recount : RelationshipRecount.STATEMENTS) {
			this.jdbc.sql(recount).update();
		}
	}

	private long statementsFor(String uri) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(uri).with(user(this.admin))).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

}
