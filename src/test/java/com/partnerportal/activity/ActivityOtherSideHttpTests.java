package com.partnerportal.activity;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static com.partnerportal.activity.ActivityEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each entry names the organisation on the other side, and can be filtered by it, over
 * real HTTP after signing in through the sign-in form: a customer reads which partner
 * each entry is about, a partner which customer. Contoso works with Fabrikam and
 * Northwind; both lost delegated admin for Office 365 on one day, which used to read as
 * the same line twice.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActivityOtherSideHttpTests {

	private static final String DAY = "from=2026-01-15&to=2026-01-15";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	private ActivityEntries entries;

	private long lastIdBefore;

	@BeforeEach
	void setUp() {
		this.entries = new ActivityEntries(this.jdbc);
		this.lastIdBefore = this.entries.lastId();
		Long contoso = this.demo.customerId("contoso.test");
		Long adatum = this.demo.customerId("adatum.test");
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		this.entries.insert(removed(Instant.parse("2026-01-15T09:00:00Z"), fabrikam, contoso, "Contoso Iberia"),
				removed(Instant.parse("2026-01-15T10:00:00Z"), northwind, contoso, "Contoso Iberia"),
				removed(Instant.parse("2026-01-15T11:00:00Z"), fabrikam, adatum, "Adatum Italia"));
	}

	@AfterEach
	void removeEntries() {
		this.entries.deleteAfter(this.lastIdBefore);
	}

	@Test
	void customerPageWhenTwoPartnersLostDelegatedAdminThenEachEntryNamesItsPartnerAndFiltersByIt() {
		PortalHttpClient contoso = signedIn(DemoAccounts.CONTOSO_ADMIN);

		ActivityPage page = ActivityPage.parse(contoso.get("/customer/activity?" + DAY).body());

		assertThat(page.headers()).contains("Partner").doesNotContain("Customer");
		assertThat(page.column("Partner")).containsExactly(DemoAccounts.NORTHWIND, DemoAccounts.FABRIKAM);
		assertThat(page.column("Change")).containsOnly("Office 365: delegated admin \u2192 Removed");
		assertThat(ActivityPage.parse(contoso.get("/customer/activity?" + DAY + "&partner=NORTH").body())
			.column("Partner")).containsExactly(DemoAccounts.NORTHWIND);
	}

	@Test
	void partnerPageWhenFilteredByCustomerThenOnlyThatCustomersEntries() {
		PortalHttpClient fabrikam = signedIn(DemoAccounts.FABRIKAM_ADMIN);

		ActivityPage all = ActivityPage.parse(fabrikam.get("/partner/activity?" + DAY).body());
		ActivityPage adatum = ActivityPage.parse(fabrikam.get("/partner/activity?" + DAY + "&customer=adat").body());

		assertThat(all.headers()).contains("Customer").doesNotContain("Partner");
		assertThat(all.column("Customer")).containsExactly("Adatum Italia", "Contoso Iberia");
		assertThat(adatum.column("Customer")).containsExactly("Adatum Italia");
	}

	@Test
	void adminPageWhenFilteredByPartnerThenBothSidesShownAndTheExportHasEachInItsColumn() {
		PortalHttpClient admin = signedIn(DemoAccounts.PLATFORM_ADMIN);

		ActivityPage page = ActivityPage.parse(admin.get("/admin/activity?" + DAY + "&partner=fabrikam").body());
		Page export = admin.get("/admin/activity/export?" + DAY + "&partner=fabrikam&customer=contoso");

		assertThat(page.column("Partner")).containsExactly(DemoAccounts.FABRIKAM, DemoAccounts.FABRIKAM);
		assertThat(page.column("Customer")).containsExactly("Adatum Italia", "Contoso Iberia");
		assertThat(export.status()).isEqualTo(200);
		List<String> lines = List.of(export.body().substring(1).split("\r\n"));
		assertThat(lines).containsExactly(
				"When (UTC ISO 8601),When (UTC),User,Organisation,Partner,Customer,Action code,Action,"
						+ "Old value (as recorded),Old value,New value (as recorded),New value",
				"2026-01-15T09:00:00Z,\"Jan 15, 2026, 9:00:00 AM\",Test Person,Test Organisation,"
						+ "Fabrikam Cloud Partners,Contoso Iberia,DELEGATED_ADMIN_REMOVED,Delegated admin removed,"
						+ "Office 365: delegated admin,Office 365: delegated admin,removed,Removed");
	}

	private PortalHttpClient signedIn(String email) {
		return new PortalHttpClient("http://localhost:" + this.port, "en").signIn(email, "demo-password");
	}

	private static ActivityEntries.Entry removed(Instant at, Long partner, Long customer, String customerName) {
		return entry(at, ActivityAction.DELEGATED_ADMIN_REMOVED).partner(partner)
			.customer(customer, customerName)
			.change("Office 365: delegated admin", "removed");
	}

}
