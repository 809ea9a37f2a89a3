package com.partnerportal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerportal.PortalTest;
import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each person sees in the header's menu, and on the Customers and request pages, the
 * links and buttons its role's rules allow and no other, on ordinary pages and on the
 * not-found pages, the container's and the one an exception handler renders. Over real
 * HTTP, signed in through the sign-in form.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PagePermissionsHttpTests {

	private static final List<String> PARTNER_MENU = List.of("/partner/customers", "/partner/activity");

	private static final String USERS = "/partner/users";

	private static final List<String> CUSTOMER_MENU = List.of("/customer/partner-relationships",
			"/customer/subscriptions", "/customer/activity");

	private static final List<String> ADMIN_MENU = List.of("/admin", "/admin/relationships", "/admin/partners",
			"/admin/activity", "/admin/mail");

	private static final long NO_SUCH_ID = 987_654_321L;

	private static final String REQUEST = "/partner/relationship-requests/new";

	private static final String REPLACE_LINK = "/partner/relationship-requests/link/rotate";

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Test
	void menuWhenEachKindOfPersonSignsInThenTheLinksOfItsRoleOnlyAlsoOnTheNotFoundPage() {
		Map<String, List<String>> menus = Map.of(DemoAccounts.FABRIKAM_ADMIN, with(PARTNER_MENU, USERS),
				"agent@fabrikam.test", PARTNER_MENU, "sales@fabrikam.test", PARTNER_MENU, "helpdesk@fabrikam.test",
				PARTNER_MENU, DemoAccounts.CONTOSO_ADMIN, CUSTOMER_MENU, DemoAccounts.CONTOSO_USER, CUSTOMER_MENU,
				DemoAccounts.PLATFORM_ADMIN, ADMIN_MENU);
		List<String> every = with(with(with(PARTNER_MENU, USERS), CUSTOMER_MENU), ADMIN_MENU);
		menus.forEach((email, menu) -> {
			PortalHttpClient person = signedIn(email);
			Page home = person.get(person.get("/").location());
			Page notFound = person.get("/no-such-page");
			List<Page> pages = new ArrayList<>(List.of(home, notFound));
			if (menu.containsAll(PARTNER_MENU)) {
				// Rendered by the exception handler for the domain's not-found, whose
				// view
				// gets no model attributes.
				Page unknownCustomer = person.get("/partner/customers?expand=" + NO_SUCH_ID);
				assertThat(unknownCustomer.status()).as(email).isEqualTo(404);
				pages.add(unknownCustomer);
			}

			assertThat(home.status()).as(email).isEqualTo(200);
			assertThat(notFound.status()).as(email).isEqualTo(404);
			for (Page page : pages) {
				for (String link : every) {
					assertThat(page.body().contains(href(link))).as(email + " sees " + link + " on " + page)
						.isEqualTo(menu.contains(link));
				}
			}
		});
	}

	@Test
	void customersPageWhenEachPartnerRoleThenRequestAndRemoveOnlyForGlobalAdminsAndAdminAgents() {
		Long adatum = this.demo.customerId("adatum.test");
		String remove = "/partner/customers/" + adatum + "/relationship/remove";
		Map<String, Boolean> managesRelationships = Map.of(DemoAccounts.FABRIKAM_ADMIN, true, "agent@fabrikam.test",
				true, "sales@fabrikam.test", false, "helpdesk@fabrikam.test", false);
		managesRelationships.forEach((email, manages) -> {
			Page customers = signedIn(email).get("/partner/customers?expand=" + adatum);

			assertThat(customers.status()).as(email).isEqualTo(200);
			assertThat(customers.body().contains(href(REQUEST))).as(email + " sees the request button")
				.isEqualTo(manages);
			assertThat(customers.body().contains(href(remove))).as(email + " sees the remove button")
				.isEqualTo(manages);
		});
	}

	@Test
	void requestPageWhenGlobalAdminThenOffersToReplaceTheLinkAndWhenAdminAgentThenNot() {
		Page asGlobalAdmin = signedIn(DemoAccounts.FABRIKAM_ADMIN).get(REQUEST);
		Page asAdminAgent = signedIn("agent@fabrikam.test").get(REQUEST);

		assertThat(asGlobalAdmin.status()).isEqualTo(200);
		assertThat(asGlobalAdmin.body()).contains(href(REPLACE_LINK));
		assertThat(asAdminAgent.status()).isEqualTo(200);
		assertThat(asAdminAgent.body()).doesNotContain(href(REPLACE_LINK));
	}

	private static List<String> with(List<String> links, String link) {
		return with(links, List.of(link));
	}

	private static List<String> with(List<String> links, List<String> more) {
		return Stream.concat(links.stream(), more.stream()).toList();
	}

	private static String href(String path) {
		return "href=\"" + path + "\"";
	}

	private PortalHttpClient signedIn(String email) {
		return new PortalHttpClient("http://localhost:" + this.port, "en").signIn(email, "demo-password");
	}

}
