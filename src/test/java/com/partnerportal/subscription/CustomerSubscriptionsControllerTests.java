package com.partnerportal.subscription;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's own subscriptions page.
 */
@PortalTest
class CustomerSubscriptionsControllerTests {

	private static final String PAGE = "/customer/subscriptions";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Test
	void listWhenCustomerUserThenSubscriptionsWithPartnerOfRecordSupportContactAndAddons() {
		assertThat(this.mvc.get().uri(PAGE).with(this.demo.signedIn(DemoAccounts.ADATUM_ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Your subscriptions", "Microsoft 365 Business Standard", "Office 365", "45", "Active",
					"Suspended", "Exchange Online Archiving: 10 seats", "Microsoft Teams Phone Standard: 20 seats",
					"Fabrikam Cloud Partners", "Azure plan", "Bought directly, no partner of record", "None")
			.doesNotContain("Add seats");
	}

	@Test
	void listWhenCustomerHasNoSubscriptionsThenEmptyStateAndAnyUserMayLook() {
		assertThat(this.mvc.get().uri(PAGE).with(this.demo.signedIn(DemoAccounts.CONTOSO_USER))).hasStatusOk()
			.bodyText()
			.contains("Your organisation has no subscriptions yet.");
	}

	@Test
	void layoutWhenCustomerThenNavigationLinksToSubscriptions() {
		assertThat(this.mvc.get().uri(PAGE).with(this.demo.signedIn(DemoAccounts.CONTOSO_USER))).body()
			.asString()
			.contains("href=\"/customer/subscriptions\">Subscriptions</a>");
	}

}
