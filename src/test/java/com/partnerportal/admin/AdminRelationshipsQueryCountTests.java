package com.partnerportal.admin;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.partnerportal.DemoAccounts;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The relationships-per-service page must ask the database the same, small number of
 * questions whether it shows one row or twenty: no query per row or per service.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class AdminRelationshipsQueryCountTests {

	/** Catalogue, count, one page, grouped delegated-admin counts. */
	private static final long QUERIES_PER_REQUEST = 4;

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

	@Test
	void relationshipsWhenPagesOfDifferentSizesThenSameNumberOfStatements() {
		Long office = this.demo.serviceId("OFFICE_365");
		// 20 rows, 20 rows, 1 row (last page), 1 row (filtered), 3 rows, none, another
		// service
		String[] requests = { "/admin/relationships", "/admin/relationships?page=1", "/admin/relationships?page=3",
				"/admin/relationships?customer=adatum", "/admin/relationships?customer=atlas",
				"/admin/relationships?partner=nobody", "/admin/relationships?service=" + office };
		for (String uri : requests) {
			assertThat(statementsFor(uri)).as(uri).isEqualTo(QUERIES_PER_REQUEST);
		}
	}

	private long statementsFor(String uri) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(uri).with(user(this.admin))).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

}
