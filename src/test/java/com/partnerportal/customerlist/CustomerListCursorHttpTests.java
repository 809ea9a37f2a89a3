package com.partnerportal.customerlist;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Customers page's {@code after=} cursor over real HTTP, signed in through the form:
 * a cursor that is not one of the partner's customers (another partner's, unknown, forged
 * or garbled) is ignored, and the page is found by its number, exactly as without a
 * cursor; so nothing tells where another partner's customer sorts, or that its id exists.
 */
// Contoso Iberia stays Northwind's customer in the shared context.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CustomerListCursorHttpTests {

	private static final List<String> SORTS = List.of("company", "-company", "domain", "-domain", "country", "-country",
			"since", "-since");

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoRelationships relationships;

	private Long northwindsCustomer;

	@BeforeEach
	void makeContosoNorthwindsCustomer() {
		this.northwindsCustomer = this.demo.customerId("contoso.test");
		this.relationships.relateOnce(DemoAccounts.NORTHWIND, this.northwindsCustomer);
	}

	@Test
	void customersWhenTheCursorIsAnotherPartnersCustomerOrForgedThenTheSamePageAsWithoutACursor() {
		PortalHttpClient fabrikam = new PortalHttpClient("http://localhost:" + this.port, "en")
			.signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");
		List<String> cursors = List.of(String.valueOf(this.northwindsCustomer), "999999999", "0", "-1", "abc", "1e3",
				"99999999999999999999", PortalHttpClient.encode(this.northwindsCustomer + " or 1=1"), "");

		for (String sort : SORTS) {
			for (String page : List.of("", "&page=1")) {
				String uri = "/partner/customers?sort=" + sort + page;
				String withoutCursor = shown(fabrikam.get(uri));
				for (String cursor : cursors) {
					assertThat(shown(fabrikam.get(uri + "&after=" + cursor))).as("%s&after=%s", uri, cursor)
						.isEqualTo(withoutCursor);
				}
			}
		}
	}

	@Test
	void customersWhenTheCursorIsThePartnersOwnCustomerThenThePageStartsAfterIt() {
		PortalHttpClient fabrikam = new PortalHttpClient("http://localhost:" + this.port, "en")
			.signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");

		String afterAdatum = shown(
				fabrikam.get("/partner/customers?sort=company&page=1&after=" + this.demo.customerId("adatum.test")));

		assertThat(afterAdatum).isNotEqualTo(shown(fabrikam.get("/partner/customers?sort=company&page=1")))
			.doesNotContain("Adatum Italia");
	}

	/**
	 * The page without its CSRF tokens, which are masked afresh on every answer, and
	 * without the language menu, whose links repeat the query string as it was typed.
	 */
	private static String shown(Page page) {
		assertThat(page.status()).isEqualTo(200);
		return page.body()
			.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]*\"", "name=\"_csrf\"")
			.replaceAll("(?s)<nav class=\"languages\".*?</nav>", "");
	}

}
