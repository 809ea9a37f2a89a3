package com.partnerportal.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that finds nothing says so in the domain's terms, and the web answers with
 * the not-found page: status 404, in the reader's language, with the language menu
 * linking to the same address. Over real HTTP, signed in through the sign-in form.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DomainNotFoundHttpTests {

	private static final long NO_SUCH_ID = 987_654_321L;

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Test
	void subscriptionOperationWhenTheSubscriptionIsUnknownThenNotFoundPageInTheReadersLanguage() {
		Long adatum = this.demo.customerId("adatum.test");
		String path = "/partner/customers/" + adatum + "/subscriptions/" + NO_SUCH_ID + "/seats/add";

		Page page = signedIn(DemoAccounts.FABRIKAM_ADMIN, "es").get(path);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("No se encuentra la página", "Ir a tu página de inicio")
			.contains(path + "?lang=ru")
			.doesNotContain("NotFoundException", "No subscription");
	}

	@Test
	void relationshipRemovalWhenTheCustomerIsNotThePartnersThenNotFoundPageInTheReadersLanguage() {
		Page page = signedIn(DemoAccounts.FABRIKAM_ADMIN, "ru")
			.get("/partner/customers/" + NO_SUCH_ID + "/relationship/remove");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("Страница не найдена", "На домашнюю страницу")
			.doesNotContain("NotFoundException", "No active relationship");
	}

	private PortalHttpClient signedIn(String email, String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language).signIn(email, "demo-password");
	}

}
