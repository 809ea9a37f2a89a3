package com.partnerportal.catalogue;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.PortalTest;
import com.partnerportal.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue is read once and then held in memory: pages that show it do not read it
 * again, and a reload, which only the data generator needs, shows what was added.
 */
@PortalTest
@Transactional
class CatalogueTests {

	private static final String PAGE = "/customer/partner-relationships";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demo;

	private Statistics statistics;

	@BeforeEach
	void setUp() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void pageWhenShownTwiceThenTheCatalogueIsNotReadAgain() {
		this.statistics.clear();

		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.get().uri(PAGE).with(this.demo.signedIn(DemoAccounts.ADATUM_ADMIN))).hasStatusOk()
				.bodyText()
				.contains("Azure Active Directory", "Office 365");
		}

		assertThat(servicesRead()).isZero();
	}

	@Test
	void reloadWhenAServiceWasAddedThenReadsTheCatalogueOnceAndPagesShowTheService() {
		this.jdbc
			.sql("insert into cloud_service (code, name, delegated_admin_applies, sort_order)"
					+ " values ('LOOM', 'Loom Boards', true, 999)")
			.update();
		this.statistics.clear();

		this.catalogue.reload();

		long services = this.jdbc.sql("select count(*) from cloud_service").query(Long.class).single();
		assertThat(servicesRead()).isEqualTo(services);
		assertThat(this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder()).last()
			.extracting(CloudService::getName)
			.isEqualTo("Loom Boards");
		assertThat(this.mvc.get().uri(PAGE).with(this.demo.signedIn(DemoAccounts.ADATUM_ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Loom Boards");
	}

	/**
	 * The added service went with the test's transaction: the other tests sharing this
	 * application find the catalogue as the database holds it.
	 */
	@AfterTransaction
	void readTheCatalogueAsStored() {
		this.catalogue.reload();
	}

	private long servicesRead() {
		return this.statistics.getEntityStatistics(CloudService.class.getName()).getLoadCount();
	}

}
