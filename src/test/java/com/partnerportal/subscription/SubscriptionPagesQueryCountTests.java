package com.partnerportal.subscription;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.subscription.internal.AddonOfferRepository;
import com.partnerportal.subscription.internal.SubscriptionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriptions pages cost the same number of SQL statements whatever the number of
 * subscriptions and add-ons they show: no query per subscription, add-on or partner.
 */
@PortalTest
@Transactional
class SubscriptionPagesQueryCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	AddonOfferRepository addons;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DemoAccounts demo;

	private Statistics statistics;

	@BeforeEach
	void setUp() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void partnerPageWhenMoreSubscriptionsAndAddonsThenTheSameStatements() {
		// Adatum: four subscriptions, two add-ons, three partners named; Vertex Legal:
		// one
		// subscription, no add-on.
		long adatum = statementsFor(partnerPage("adatum.test"), "ga@fabrikam.test");
		long vertex = statementsFor(partnerPage("vertex-legal.test"), "ga@fabrikam.test");
		addSubscriptionsWithAddons("adatum.test", 20);
		long adatumGrown = statementsFor(partnerPage("adatum.test"), "ga@fabrikam.test");

		assertThat(adatum).isPositive().isEqualTo(vertex).isEqualTo(adatumGrown).isLessThanOrEqualTo(3);
	}

	@Test
	void customerPageWhenMoreSubscriptionsAndAddonsThenTheSameStatements() {
		long before = statementsFor("/customer/subscriptions", DemoAccounts.ADATUM_ADMIN);
		addSubscriptionsWithAddons("adatum.test", 20);
		long after = statementsFor("/customer/subscriptions", DemoAccounts.ADATUM_ADMIN);
		long none = statementsFor("/customer/subscriptions", DemoAccounts.CONTOSO_ADMIN);

		assertThat(before).isPositive().isEqualTo(after).isEqualTo(none).isLessThanOrEqualTo(2);
	}

	private String partnerPage(String domain) {
		return "/partner/customers/" + this.demo.customerId(domain) + "/subscriptions";
	}

	private void addSubscriptionsWithAddons(String domain, int count) {
		Long customerId = this.demo.customerId(domain);
		Long office = this.demo.serviceId("OFFICE_365");
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Instant now = Instant.parse("2026-11-20T10:00:00Z");
		for (int i = 0; i < count; i++) {
			Subscription subscription = new Subscription(customerId, office, "Office 365 E3", 100, fabrikam, now);
			for (AddonOffer addon : this.addons.findByServiceIdOrderBySortOrder(office)) {
				subscription.orderAddon(addon, 10, now, null);
			}
			this.subscriptions.save(subscription);
		}
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private long statementsFor(String uri, String email) {
		RequestPostProcessor signedIn = this.demo.signedIn(email);
		this.statistics.clear();
		assertThat(this.mvc.get().uri(uri).with(signedIn)).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

}
