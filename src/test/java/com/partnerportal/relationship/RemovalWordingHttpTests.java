package com.partnerportal.relationship;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.AccountLanguages;
import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's confirmation before removing a reseller's delegated admin says what the
 * reseller remains, over real HTTP signed in through the sign-in form: its support
 * contact only while it serves the customer's subscriptions.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RemovalWordingHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	private AccountLanguages languages;

	@BeforeEach
	void rememberLanguages() {
		this.languages = AccountLanguages.remember(this.jdbc,
				List.of("admin@harbor-travel.test", DemoAccounts.ADATUM_ADMIN));
	}

	@AfterEach
	void restoreLanguages() {
		this.languages.restore();
	}

	@Test
	void removalConfirmationWhenTheResellerServesNoSubscriptionThenDoesNotCallItTheSupportContact() {
		Long harbor = this.demo.customerId("harbor-travel.test");
		List<Long> live = this.jdbc.sql("select id from subscription where customer_id = ? and status = 'ACTIVE'")
			.param(harbor)
			.query(Long.class)
			.list();
		assertThat(live).isNotEmpty();
		try {
			assertThat(confirmation("admin@harbor-travel.test", "en")).contains("support contact");
			// Demo data shared with other tests: cancelled here, made active again below.
			this.jdbc.sql("update subscription set status = 'CANCELLED' where id in (:ids)")
				.param("ids", live)
				.update();

			assertThat(confirmation("admin@harbor-travel.test", "en"))
				.contains("Your relationship with Fabrikam Cloud Partners stays: it remains your reseller. Only its"
						+ " admin privileges go.")
				.doesNotContain("support contact");
			assertThat(confirmation("admin@harbor-travel.test", "ru"))
				.contains("он останется вашим торговым посредником. Удаляются")
				.doesNotContain("поддержки");
		}
		finally {
			this.jdbc.sql("update subscription set status = 'ACTIVE' where id in (:ids)").param("ids", live).update();
		}
		assertThat(confirmation(DemoAccounts.ADATUM_ADMIN, "es")).contains("tu contacto de soporte técnico");
	}

	private String confirmation(String customerAdmin, String language) {
		Page page = new PortalHttpClient("http://localhost:" + this.port, language)
			.signIn(customerAdmin, "demo-password")
			.get("/customer/partner-relationships/delegated-admin/remove?lang=" + language + "&partner="
					+ this.demo.partnerId(DemoAccounts.FABRIKAM));
		assertThat(page.status()).isEqualTo(200);
		return org.springframework.web.util.HtmlUtils.htmlUnescape(page.body());
	}

}
