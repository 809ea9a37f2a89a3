package com.partnerportal.subscription;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import com.partnerportal.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping of {@link Subscription} against the schema (validated at start-up) and the
 * demo data.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(DemoAccounts.class)
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

		assertThat(found).hasSize(4)
			.allSatisfy((subscription) -> assertThat(subscription.getCustomerId()).isEqualTo(adatum));
		assertThat(found).extracting(Subscription::getOfferName)
			.containsExactly("Microsoft 365 Business Standard", "Azure AD Premium P1",
					"Dynamics 365 Sales Professional", "Azure plan");
		assertThat(found).extracting(Subscription::getStatus)
			.containsExactly(SubscriptionStatus.ACTIVE, SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED,
					SubscriptionStatus.ACTIVE);
		assertThat(found.get(0).isPartnerOfRecord(fabrikam)).isTrue();
		assertThat(found.get(0).getSeats()).isEqualTo(45);
		assertThat(found.get(3).isBoughtElsewhere()).isTrue();
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

}
