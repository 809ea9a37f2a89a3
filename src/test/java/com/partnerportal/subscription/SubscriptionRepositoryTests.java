package com.partnerportal.subscription;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalJpaTest;
import com.partnerportal.subscription.internal.SubscriptionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The mapping of {@link Subscription} against the schema (validated at start-up) and the
 * demo data.
 */
@PortalJpaTest
class SubscriptionRepositoryTests {

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	DemoAccounts demo;

	@Test
	void findByCustomerIdWhenDemoCustomerThenReadsEveryColumn() {
		Long adatum = this.demo.customerId("adatum.test");
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);

		List<Subscription> found = this.subscriptions.findByCustomerIdOrderById(adatum);

		// The demo data inserts a customer's subscriptions in one statement, in an order
		// each database chooses, so the ids say nothing about which offer came first.
		assertThat(found).hasSize(4)
			.allSatisfy((subscription) -> assertThat(subscription.getCustomerId()).isEqualTo(adatum))
			.isSortedAccordingTo(Comparator.comparing(Subscription::getId));
		assertThat(found).extracting(Subscription::getOfferName, Subscription::getStatus)
			.containsExactlyInAnyOrder(tuple("Microsoft 365 Business Standard", SubscriptionStatus.ACTIVE),
					tuple("Azure AD Premium P1", SubscriptionStatus.ACTIVE),
					tuple("Dynamics 365 Sales Professional", SubscriptionStatus.SUSPENDED),
					tuple("Azure plan", SubscriptionStatus.ACTIVE));
		Subscription microsoft365 = offer(found, "Microsoft 365 Business Standard");
		assertThat(microsoft365.isPartnerOfRecord(fabrikam)).isTrue();
		assertThat(microsoft365.getSeats()).isEqualTo(45);
		assertThat(offer(found, "Azure plan").isBoughtElsewhere()).isTrue();
	}

	@Test
	void saveWhenNewThenStoredWithAnId() {
		Long contoso = this.demo.customerId("contoso.test");
		Long azure = this.demo.serviceId("AZURE");

		Subscription saved = this.subscriptions
			.save(new Subscription(contoso, azure, "Azure plan", 1, null, Instant.parse("2026-11-20T10:00:00Z")));

		assertThat(saved.getId()).isNotNull();
		assertThat(this.subscriptions.findByCustomerIdOrderById(contoso)).extracting(Subscription::getId)
			.containsExactly(saved.getId());
	}

	private static Subscription offer(List<Subscription> subscriptions, String offerName) {
		return subscriptions.stream()
			.filter((subscription) -> subscription.getOfferName().equals(offerName))
			.findFirst()
			.orElseThrow();
	}

}
