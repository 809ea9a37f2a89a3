package com.partnerportal.activity;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static com.partnerportal.DemoAccounts.FABRIKAM_ADMIN;
import static com.partnerportal.DemoAccounts.NORTHWIND_ADMIN;
import static com.partnerportal.DemoAccounts.PLATFORM_ADMIN;
import static com.partnerportal.activity.ActivityEntries.adatumAccepted;
import static com.partnerportal.activity.ActivityEntries.contosoEstablished;
import static com.partnerportal.activity.ActivityEntries.contosoReestablished;
import static com.partnerportal.activity.ActivityEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity pages for the three audiences: who sees which entries, the filters, the
 * pages, the order and the reader's time zone. Entries are written straight into the
 * table at chosen instants; each test rolls back.
 */
@PortalTest
@Transactional
class ActivityLogControllerTests {

	private static final String PARTNER_PAGE = "/partner/activity";

	private static final String CUSTOMER_PAGE = "/customer/activity";

	private static final String ADMIN_PAGE = "/admin/activity";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	private ActivityEntries entries;

	private Long fabrikam;

	private Long northwind;

	private Long contoso;

	private Long adatum;

	private final Instant now = Instant.now();

	@BeforeEach
	void setUp() {
		this.entries = new ActivityEntries(this.jdbc);
		this.fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		this.northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		this.contoso = this.demo.customerId("contoso.test");
		this.adatum = this.demo.customerId("adatum.test");
		// The demo's own months of history are set aside (the test rolls back): these
		// tests read pages of exactly the entries they write.
		this.jdbc.update("delete from activity_log");
		this.entries.insert(adatumAccepted(hoursAgo(5), this.fabrikam, this.adatum),
				contosoEstablished(hoursAgo(4), this.northwind, this.contoso),
				entry(hoursAgo(3), ActivityAction.USER_CREATED).partner(this.northwind)
					.actor("Giulia Bianchi", "Northwind Advisors")
					.change(null, "new@northwind.test (SALES_AGENT)"),
				contosoReestablished(hoursAgo(2), this.fabrikam, this.contoso),
				entry(hoursAgo(1), ActivityAction.PARTNER_CREATED).actor("Paula Operator", "Partner Portal")
					.change(null, "Proseware Partners"));
	}

	@Test
	void partnerPageWhenSignedInAsEveryPartnerRoleThenOnlyItsPartnersEntriesNewestFirst() {
		for (String email : List.of(FABRIKAM_ADMIN, "agent@fabrikam.test", "sales@fabrikam.test",
				"helpdesk@fabrikam.test")) {
			ActivityPage page = page(email, PARTNER_PAGE);

			assertThat(page.column(3)).as(email)
				.containsExactly("Reseller relationship re-established", "Invitation accepted");
			assertThat(page.column(2)).as(email).containsExactly("Contoso Iberia", "Adatum Italia");
		}
	}

	@Test
	void partnerPageWhenAnotherPartnerSignsInThenOnlyThatPartnersEntries() {
		ActivityPage page = page(NORTHWIND_ADMIN, PARTNER_PAGE);

		assertThat(page.column(3)).containsExactly("User created", "Reseller relationship established");
		assertThat(page.column(1)).containsExactly("Giulia Bianchi\nNorthwind Advisors",
				"Elena Navarro\nContoso Iberia");
	}

	@Test
	void customerPageWhenCustomerUserThenOnlyItsCustomersEntries() {
		for (String email : List.of(DemoAccounts.CONTOSO_ADMIN, DemoAccounts.CONTOSO_USER)) {
			ActivityPage page = page(email, CUSTOMER_PAGE);

			assertThat(page.column(3)).as(email)
				.containsExactly("Reseller relationship re-established", "Reseller relationship established");
		}
		assertThat(page(DemoAccounts.ADATUM_ADMIN, CUSTOMER_PAGE).column(3)).containsExactly("Invitation accepted");
	}

	@Test
	void adminPageWhenPlatformAdminThenEveryEntryNewestFirst() {
		ActivityPage page = page(PLATFORM_ADMIN, ADMIN_PAGE);

		assertThat(page.column("Action")).containsExactly("Partner created", "Reseller relationship re-established",
				"User created", "Reseller relationship established", "Invitation accepted");
	}

	@Test
	void pageWhenShownThenColumnsReadAsChangesWithLabels() {
		ActivityPage page = page(FABRIKAM_ADMIN, PARTNER_PAGE);

		assertThat(page.headers()).containsExactly("When (UTC)", "Who", "Customer", "Action", "Change");
		assertThat(page.rows().get(0)).containsSequence("Elena Navarro\nContoso Iberia", "Contoso Iberia",
				"Reseller relationship re-established", "Ended \u2192 Active");
		assertThat(page.rows().get(1).get(4)).isEqualTo("With delegated admin");
	}

	@Test
	void pageWhenNoDatesThenTheLastThirtyDaysAreShownAndFilledIn() {
		this.entries
			.insert(entry(this.now.minus(31, ChronoUnit.DAYS), ActivityAction.USER_DISABLED).partner(this.fabrikam)
				.customer(this.contoso, "Too Old Customer"));
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String start = LocalDate.now(ZoneOffset.UTC).minusDays(29).toString();

		String body = body(FABRIKAM_ADMIN, PARTNER_PAGE);

		assertThat(ActivityPage.parse(body).column(2)).doesNotContain("Too Old Customer").hasSize(2);
		assertThat(body).contains("value=\"" + start + "\"", "value=\"" + today + "\"");
	}

	@Test
	void pageWhenCustomRangeThenEntriesOfThoseWholeDays() {
		this.entries.insert(
				entry(Instant.parse("2026-01-09T23:59:59Z"), ActivityAction.USER_CREATED).partner(this.fabrikam)
					.customer(this.contoso, "Day Before"),
				entry(Instant.parse("2026-01-10T00:00:00Z"), ActivityAction.USER_CREATED).partner(this.fabrikam)
					.customer(this.contoso, "First Day Start"),
				entry(Instant.parse("2026-01-12T23:59:59.999Z"), ActivityAction.USER_CREATED).partner(this.fabrikam)
					.customer(this.contoso, "Last Day End"),
				entry(Instant.parse("2026-01-13T00:00:00Z"), ActivityAction.USER_CREATED).partner(this.fabrikam)
					.customer(this.contoso, "Day After"));

		ActivityPage page = page(FABRIKAM_ADMIN, PARTNER_PAGE + "?from=2026-01-10&to=2026-01-12");

		assertThat(page.column(2)).containsExactly("Last Day End", "First Day Start");
	}

	@Test
	void pageWhenCustomerFilterThenOnlyCustomersWhoseNameStartsWithIt() {
		assertThat(page(FABRIKAM_ADMIN, PARTNER_PAGE + "?customer=ADATUM").column(2)).containsExactly("Adatum Italia");
		assertThat(page(PLATFORM_ADMIN, ADMIN_PAGE + "?customer=contoso ib").column("Customer"))
			.containsExactly("Contoso Iberia", "Contoso Iberia");
		assertThat(body(PLATFORM_ADMIN, ADMIN_PAGE + "?customer=iberia"))
			.contains("No entry of these days matches the filters.");
		assertThat(body(PLATFORM_ADMIN, ADMIN_PAGE + "?customer={text}", "%"))
			.contains("No entry of these days matches the filters.");
	}

	@Test
	void pageWhenActionFilterThenOnlyThatAction() {
		ActivityPage page = page(PLATFORM_ADMIN, ADMIN_PAGE + "?action=RELATIONSHIP_ESTABLISHED");

		assertThat(page.column("Action")).containsExactly("Reseller relationship established");
		assertThat(body(PLATFORM_ADMIN, ADMIN_PAGE + "?action=RELATIONSHIP_ESTABLISHED"))
			.contains("<option value=\"RELATIONSHIP_ESTABLISHED\" selected=\"selected\">");
	}

	@Test
	void customerPageWhenShownThenNoCustomerFilterAndCustomerTextIgnored() {
		String body = body(DemoAccounts.CONTOSO_ADMIN, CUSTOMER_PAGE + "?customer=nothing-matches");

		assertThat(body).doesNotContain("Customer name contains");
		assertThat(ActivityPage.parse(body).rows()).hasSize(2);
	}

	@Test
	void pageWhenDatesAreMalformedThenFormErrorsAndNoEntries() {
		assertThat(get(FABRIKAM_ADMIN, PARTNER_PAGE + "?from=2026-13-45&to=yesterday")).hasStatusOk()
			.bodyText()
			.contains("Correct the filter to see the entries.",
					"Enter the date as year-month-day, for example 2026-03-31.")
			.doesNotContain("Export CSV");
		assertThat(page(FABRIKAM_ADMIN, PARTNER_PAGE + "?from=2026-13-45&to=yesterday").rows()).isEmpty();
		assertThat(body(FABRIKAM_ADMIN, PARTNER_PAGE + "?from=2026-13-45")).contains("value=\"2026-13-45\"",
				"aria-invalid=\"true\"");
		assertThat(get(FABRIKAM_ADMIN, PARTNER_PAGE + "?from=0001-01-01")).hasStatusOk()
			.bodyText()
			.contains("Enter a date between the years 1900 and 9999.");
	}

	@Test
	void pageWhenEndBeforeStartThenFormError() {
		assertThat(get(FABRIKAM_ADMIN, PARTNER_PAGE + "?from=2026-03-10&to=2026-03-09")).hasStatusOk()
			.bodyText()
			.contains("The end date is before the start date. Choose an end date on or after it.");
	}

	@Test
	void pageWhenUnknownActionThenFormError() {
		assertThat(get(PLATFORM_ADMIN, ADMIN_PAGE + "?action=DROP_TABLE")).hasStatusOk()
			.bodyText()
			.contains("Choose an action from the list.");
	}

	@Test
	void pageWhenPageNumberIsNotANumberThenBadRequest() {
		assertThat(get(PLATFORM_ADMIN, ADMIN_PAGE + "?page=x")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void pageWhenManyEntriesThenFiftyPerPageNewestFirst() {
		List<ActivityEntries.Entry> many = new ArrayList<>();
		IntStream.rangeClosed(1, 120)
			.forEach((i) -> many.add(entry(Instant.parse("2026-02-01T00:00:00Z").plusSeconds(60L * i),
					ActivityAction.DELEGATED_ADMIN_GRANTED)
				.partner(this.fabrikam)
				.customer(this.contoso, "Customer %03d".formatted(i))));
		this.entries.insert(many);
		String range = PARTNER_PAGE + "?from=2026-02-01&to=2026-02-01";

		ActivityPage first = page(FABRIKAM_ADMIN, range);
		ActivityPage last = page(FABRIKAM_ADMIN, range + "&page=2");

		assertThat(first.column(2)).hasSize(50).startsWith("Customer 120", "Customer 119").endsWith("Customer 071");
		assertThat(last.column(2)).hasSize(20).startsWith("Customer 020").endsWith("Customer 001");
		assertThat(body(FABRIKAM_ADMIN, range + "&page=2")).contains("Showing 101\u2013120 of 120")
			.contains("from=2026-02-01&amp;to=2026-02-01&amp;page=1");
		assertThat(body(FABRIKAM_ADMIN, range + "&page=9")).contains("This page is past the last entry.");
	}

	@Test
	void pageWhenEntriesShareAnInstantThenTheLaterWrittenComesFirst() {
		Instant same = Instant.parse("2026-02-03T10:00:00Z");
		this.entries.insert(
				entry(same, ActivityAction.DELEGATED_ADMIN_GRANTED).partner(this.fabrikam)
					.customer(this.contoso, "Written first"),
				entry(same, ActivityAction.DELEGATED_ADMIN_GRANTED).partner(this.fabrikam)
					.customer(this.contoso, "Written second"));

		assertThat(page(FABRIKAM_ADMIN, PARTNER_PAGE + "?from=2026-02-03&to=2026-02-03").column(2))
			.containsExactly("Written second", "Written first");
	}

	@Test
	void pageWhenAccountHasATimeZoneThenTimesAndDaysAreThatZones() {
		this.entries.insert(
				entry(Instant.parse("2026-03-01T23:30:00Z"), ActivityAction.INVITATION_DECLINED).partner(this.fabrikam)
					.customer(this.contoso, "Late Evening In London"));
		this.jdbc.update("update user_account set time_zone = 'Asia/Tokyo' where email = ?", FABRIKAM_ADMIN);
		String secondOfMarch = PARTNER_PAGE + "?from=2026-03-02&to=2026-03-02";

		ActivityPage tokyo = page(FABRIKAM_ADMIN, secondOfMarch);

		assertThat(tokyo.headers()).first().isEqualTo("When (Asia/Tokyo)");
		assertThat(tokyo.rows()).singleElement()
			.satisfies((cells) -> assertThat(cells.get(0)).isEqualTo("2 Mar 2026, 08:30:00"));
		assertThat(body(FABRIKAM_ADMIN, secondOfMarch)).contains("datetime=\"2026-03-02T08:30+09:00\"");
		assertThat(page("agent@fabrikam.test", secondOfMarch).rows()).as("on 1 March in UTC").isEmpty();
		assertThat(page("agent@fabrikam.test", PARTNER_PAGE + "?from=2026-03-01&to=2026-03-01").column(0))
			.containsExactly("1 Mar 2026, 23:30:00");
	}

	@Test
	void pageWhenAccountTimeZoneIsUnknownThenThePortalDefault() {
		this.jdbc.update("update user_account set time_zone = 'Mars/Olympus_Mons' where email = ?", FABRIKAM_ADMIN);

		assertThat(page(FABRIKAM_ADMIN, PARTNER_PAGE).headers()).first().isEqualTo("When (UTC)");
	}

	@Test
	void pageWhenShownThenExportLinkCarriesTheAppliedFilter() {
		this.entries.insert(
				entry(Instant.parse("2026-01-05T10:00:00Z"), ActivityAction.INVITATION_ACCEPTED).partner(this.fabrikam)
					.customer(this.contoso, "Smith & Sons"));

		String body = body(FABRIKAM_ADMIN,
				PARTNER_PAGE + "?from=2026-01-01&to=2026-01-31&customer={text}&action=INVITATION_ACCEPTED",
				"smith & sons");

		assertThat(body).contains(
				"/partner/activity/export?from=2026-01-01&amp;to=2026-01-31&amp;customer=smith%20%26%20sons&amp;partner=&amp;action=INVITATION_ACCEPTED");
	}

	@Test
	void layoutWhenSignedInThenActivityLinkForEachAudience() {
		assertThat(body(FABRIKAM_ADMIN, PARTNER_PAGE)).contains("href=\"/partner/activity\"");
		assertThat(body(DemoAccounts.CONTOSO_USER, CUSTOMER_PAGE)).contains("href=\"/customer/activity\"");
		assertThat(body(PLATFORM_ADMIN, ADMIN_PAGE)).contains("href=\"/admin/activity\"");
	}

	private Instant hoursAgo(int hours) {
		return this.now.minus(hours, ChronoUnit.HOURS);
	}

	private MvcTestResult get(String email, String uri, Object... uriVariables) {
		return this.mvc.get().uri(uri, uriVariables).with(this.demo.signedIn(email)).exchange();
	}

	private String body(String email, String uri, Object... uriVariables) {
		MvcTestResult result = get(email, uri, uriVariables);
		assertThat(result).as(uri).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ActivityPage page(String email, String uri) {
		return ActivityPage.parse(body(email, uri));
	}

}
