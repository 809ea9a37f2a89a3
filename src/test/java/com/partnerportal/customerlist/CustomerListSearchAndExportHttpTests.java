package com.partnerportal.customerlist;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalTest;
import com.partnerportal.customerlist.web.CustomerListController;
import com.partnerportal.shared.Countries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Customers page's search by any word of the name, its order by country name, its
 * filter by delegated admin and its CSV export, over real HTTP, signed in through the
 * form: the export holds exactly the rows the list selects, in its order, and only the
 * signed-in partner's customers.
 */
// Contoso Iberia stays Northwind's customer in the shared context, as in
// CustomerListCursorHttpTests: each relates it once, whichever runs first.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CustomerListSearchAndExportHttpTests {

	private static final Pattern HIDDEN_FIELD = Pattern
		.compile("<input type=\"hidden\" name=\"(partner|service|scope)\" value=\"([^\"]*)\">");

	private static final Pattern DOMAIN_CELL = Pattern.compile("<td data-label=\"[^\"]*\">([a-z0-9.-]+\\.test)</td>");

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoRelationships relationships;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void makeContosoNorthwindsCustomer() {
		this.relationships.relateOnce(DemoAccounts.NORTHWIND, this.demo.customerId("contoso.test"));
	}

	@Test
	void customersWhenSearchingAWordInsideTheNameThenFindsTheCustomer() {
		for (String language : List.of("en", "es")) {
			PortalHttpClient northwind = signIn(DemoAccounts.NORTHWIND_ADMIN, language);
			for (String search : List.of("Iberia", "iber", "IBERIA", "contoso%20iberia", "iberia%20contoso")) {
				Page page = northwind.get("/partner/customers?q=" + search);
				assertThat(page.status()).isEqualTo(200);
				assertThat(page.body()).as(search).contains("Contoso Iberia");
			}
			assertThat(northwind.get("/partner/customers?q=iberian").body()).doesNotContain("contoso.test");
		}
	}

	@Test
	void customersWhenSortedByCountryThenByTheCountrysNameInTheReadersLanguage() {
		for (String language : List.of("en", "es", "ru")) {
			Locale locale = Locale.forLanguageTag(language);
			PortalHttpClient fabrikam = signIn(DemoAccounts.FABRIKAM_ADMIN, language);
			List<String[]> rows = csv(fabrikam.get("/partner/customers/export?sort=country"));
			List<String> countries = new ArrayList<>(new LinkedHashSet<>(rows.stream().map((row) -> row[3]).toList()));

			List<String> byName = new ArrayList<>(countries);
			byName.sort(Collator.getInstance(locale));
			assertThat(countries).as(language).isEqualTo(byName).hasSizeGreaterThan(2);
			assertThat(rows.stream().map((row) -> Countries.displayName(row[2], locale)).toList()).as(language)
				.isEqualTo(rows.stream().map((row) -> row[3]).toList());
			assertThat(countriesInOrderOfAppearance(rows)).as("each country's customers together")
				.hasSize(countries.size());
			// The pages show the same order, page after page.
			List<String> shown = new ArrayList<>();
			for (int page = 0; page * CustomerListController.PAGE_SIZE < rows.size(); page++) {
				shown.addAll(domains(fabrikam.get("/partner/customers?sort=country&page=" + page)));
			}
			assertThat(shown).isEqualTo(rows.stream().map((row) -> row[1]).toList());
		}
		// Spain (ES) after France and Germany in English, Germany (Alemania) first in
		// Spanish: not the codes' order.
		assertThat(countriesOf(signIn(DemoAccounts.FABRIKAM_ADMIN, "en"))).containsSubsequence("France", "Germany",
				"Spain");
		assertThat(countriesOf(signIn(DemoAccounts.FABRIKAM_ADMIN, "es")).get(0)).isEqualTo("Alemania");
	}

	@Test
	void customersWhenFilteredByDelegatedAdminThenOnlyThoseAndTogetherEveryCustomer() {
		PortalHttpClient fabrikam = signIn(DemoAccounts.FABRIKAM_ADMIN, "en");
		int every = csv(fabrikam.get("/partner/customers/export")).size();
		int together = 0;
		for (String coverage : List.of("all", "some", "none")) {
			List<String[]> rows = csv(fabrikam.get("/partner/customers/export?dap=" + coverage));
			assertThat(rows).as(coverage).isNotEmpty().allSatisfy((row) -> assertThat(row[7]).isEqualTo(coverage));
			together += rows.size();
			Page first = fabrikam.get("/partner/customers?dap=" + coverage);
			assertThat(domains(first))
				.isEqualTo(rows.stream().map((row) -> row[1]).limit(CustomerListController.PAGE_SIZE).toList());
		}
		assertThat(together).isEqualTo(every);
		assertThat(fabrikam.get("/partner/customers?dap=none").body()).doesNotContain("DAP on ")
			.contains("No delegated admin");
		assertThat(fabrikam.get("/partner/customers?dap=all").body()).contains("DAP on 2 of 2 services")
			.doesNotContain("DAP on 1 of 2 services");
	}

	/**
	 * The filter reads what the relationship keeps of its grants: a customer's Global
	 * admin removes one of Fabrikam's two services on the portal's own confirmation page,
	 * and Fabrikam's list moves the customer from "all" to "some" at once.
	 */
	@Test
	void customersWhenTheCustomerRemovesOneServiceThenFilteredAsSomeInsteadOfAll() {
		PortalHttpClient fabrikam = signIn(DemoAccounts.FABRIKAM_ADMIN, "en");
		assertThat(domains(fabrikam.get("/partner/customers?q=olive&dap=all"))).containsExactly("olive-robotics.test");
		assertThat(domains(fabrikam.get("/partner/customers?q=olive&dap=some"))).isEmpty();

		PortalHttpClient olive = signIn("admin@olive-robotics.test", "en");
		Long office = this.jdbc.sql("select id from cloud_service where code = 'OFFICE_365'")
			.query(Long.class)
			.single();
		Page confirmation = olive.get("/customer/partner-relationships/delegated-admin/remove?partner="
				+ this.demo.partnerId(DemoAccounts.FABRIKAM) + "&service=" + office);
		assertThat(confirmation.status()).isEqualTo(200);
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN_FIELD.matcher(confirmation.body());
		while (hidden.find()) {
			fields.put(hidden.group(1), hidden.group(2));
		}
		assertThat(olive.post("/customer/partner-relationships/delegated-admin/remove", fields).status())
			.isEqualTo(302);

		assertThat(domains(fabrikam.get("/partner/customers?q=olive&dap=all"))).isEmpty();
		assertThat(domains(fabrikam.get("/partner/customers?q=olive&dap=some"))).containsExactly("olive-robotics.test");
	}

	@Test
	void exportWhenSearchingThenTheRowsOfTheListAndOnlyThePartnersOwnCustomers() {
		PortalHttpClient fabrikam = signIn(DemoAccounts.FABRIKAM_ADMIN, "en");
		List<String> exported = csv(fabrikam.get("/partner/customers/export?q=harbor")).stream()
			.map((row) -> row[1])
			.toList();
		assertThat(exported).isNotEmpty().isEqualTo(domains(fabrikam.get("/partner/customers?q=harbor")));
		assertThat(fabrikam.get("/partner/customers?q=harbor").body())
			.contains("href=\"/partner/customers/export?q=harbor\"");

		Set<String> everyExported = new LinkedHashSet<>(
				csv(fabrikam.get("/partner/customers/export")).stream().map((row) -> row[1]).toList());
		assertThat(everyExported).isEqualTo(activeCustomers(DemoAccounts.FABRIKAM)).doesNotContain("contoso.test");
		Set<String> northwinds = new LinkedHashSet<>(
				csv(signIn(DemoAccounts.NORTHWIND_ADMIN, "en").get("/partner/customers/export?q=iberia")).stream()
					.map((row) -> row[1])
					.toList());
		assertThat(northwinds).containsExactly("contoso.test");
	}

	@Test
	void exportWhenSpanishThenLocalizedHeaderAndCountryNamesBesideTheCodes() {
		Page page = signIn(DemoAccounts.FABRIKAM_ADMIN, "es").get("/partner/customers/export?q=adatum");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).startsWith("\uFEFFEmpresa,Dominio,Código de país,País,Cliente desde (UTC),")
			.contains("Adatum Italia,adatum.test,IT,Italia,");
	}

	private PortalHttpClient signIn(String email, String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language).signIn(email, "demo-password");
	}

	private Set<String> activeCustomers(String partner) {
		return new LinkedHashSet<>(this.jdbc
			.sql("select c.domain from customer c join reseller_relationship r on r.customer_id = c.id"
					+ " where r.partner_id = ? and r.state = 'ACTIVE'")
			.param(this.demo.partnerId(partner))
			.query(String.class)
			.list());
	}

	private static List<String> countriesOf(PortalHttpClient client) {
		return countriesInOrderOfAppearance(csv(client.get("/partner/customers/export?sort=country")));
	}

	/** The countries as they appear, one entry per run of rows of the same country. */
	private static List<String> countriesInOrderOfAppearance(List<String[]> rows) {
		List<String> runs = new ArrayList<>();
		for (String[] row : rows) {
			if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(row[3])) {
				runs.add(row[3]);
			}
		}
		return runs;
	}

	private static List<String> domains(Page page) {
		assertThat(page.status()).isEqualTo(200);
		List<String> domains = new ArrayList<>();
		Matcher matcher = DOMAIN_CELL.matcher(page.body());
		while (matcher.find()) {
			domains.add(matcher.group(1));
		}
		return domains;
	}

	/** The rows after the header; the demo data's names and domains need no quotes. */
	private static List<String[]> csv(Page page) {
		assertThat(page.status()).isEqualTo(200);
		List<String> lines = Arrays.asList(page.body().split("\r\n"));
		assertThat(lines.get(0)).startsWith("\uFEFF");
		return lines.subList(1, lines.size()).stream().map((line) -> line.split(",", -1)).toList();
	}

}
