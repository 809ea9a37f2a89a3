package com.partnerportal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as someone starting the portal for the first time finds it, whatever the
 * day: months of history for every organisation but Contoso up to today, a log that
 * agrees with the delegated admin each partner holds, customers for every partner in its
 * own cloud and territory, a partner in the Germany cloud, and no customer agreement
 * accepted before it came into force. The customers sign in as admin@&lt;domain&gt;
 * (Adatum as ga@adatum.test), through the sign-in form.
 */
// Shares the context of the other HTTP tests; they add entries and relationships, but
// remove none of the demo's, so what is checked here still holds. The tests that remove
// or change the demo's have contexts of their own.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoDataHttpTests {

	private static final String PASSWORD = "demo-password";

	private static final String TAILSPIN = "Tailspin Government Solutions";

	/** The period the activity page shows until the reader chooses dates. */
	private static final Duration OPENING_PERIOD = Duration.ofDays(30);

	/**
	 * The walk-through's customer, whose log starts empty so that it shows only the walk.
	 */
	private static final String WALK_THROUGH_CUSTOMER = "contoso.test";

	/**
	 * Other test classes share this database and add partners, customers and
	 * relationships as they run; the demo's were all created at least two days before it
	 * started.
	 */
	private static final Instant DEMO_CREATED_BEFORE = Instant.now().minus(Duration.ofDays(1));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void activityLogWhenStartedThenEveryPartnerHasMonthsOfHistoryUpToTheLast30Days() {
		List<String> partners = this.jdbc.sql("select name from partner where created_at < ?")
			.param(DEMO_CREATED_BEFORE)
			.query(String.class)
			.list();
		Instant now = Instant.now();

		assertThat(partners).hasSizeGreaterThanOrEqualTo(5);
		for (String partner : partners) {
			List<Instant> entries = this.jdbc
				.sql("select a.occurred_at from activity_log a join partner p on p.id = a.partner_id where p.name = ?")
				.param(partner)
				.query(Instant.class)
				.list();
			assertThat(entries).as("%s's entries", partner).hasSizeGreaterThan(10);
			assertThat(entries).as("%s's entries", partner)
				.anySatisfy((at) -> assertThat(at).isBefore(now.minus(Duration.ofDays(120))))
				.anySatisfy((at) -> assertThat(at).isAfter(now.minus(OPENING_PERIOD)))
				.allSatisfy((at) -> assertThat(at).isBefore(now));
		}
	}

	@Test
	void activityLogWhenStartedThenEveryOtherCustomerAndThePlatformHaveRecentEntriesNamingBothSides() {
		List<String> silent = this.jdbc.sql("""
				select c.domain from customer c where c.created_at < ?
					and not exists (select 1 from activity_log a where a.customer_id = c.id and a.occurred_at > ?)""")
			.param(DEMO_CREATED_BEFORE)
			.param(Instant.now().minus(OPENING_PERIOD))
			.query(String.class)
			.list();
		Integer platformEntries = this.jdbc
			.sql("select count(*) from activity_log where action = 'PARTNER_CREATED' and actor_organisation = ?")
			.param("Partner Portal")
			.query(Integer.class)
			.single();
		Integer unnamed = this.jdbc.sql("""
				select count(*) from activity_log a
				where (a.partner_id is not null and a.partner_name is null)
					or (a.customer_id is not null and a.customer_name is null)""").query(Integer.class).single();

		assertThat(silent).isSubsetOf(WALK_THROUGH_CUSTOMER);
		assertThat(platformEntries).isGreaterThanOrEqualTo(5);
		assertThat(unnamed).isZero();
	}

	@Test
	void activityLogWhenStartedThenItsLastDelegatedAdminEntryAgreesWithEachGrantOfTheDemo() {
		// A grant that a test changes gets that moment as its date, so only the demo's
		// are
		// read, and only the demo's entries about them.
		List<GrantAndLastEntry> grants = this.jdbc
			.sql("""
					select c.domain, p.name as partner, s.name as service, g.active, (select a.action from activity_log a
						where a.partner_id = r.partner_id and a.customer_id = g.customer_id and a.occurred_at < ?
							and ((a.action in ('DELEGATED_ADMIN_GRANTED', 'DELEGATED_ADMIN_RESTORED') and a.new_value = s.name)
								or (a.action = 'DELEGATED_ADMIN_REMOVED' and a.old_value = s.name || ': delegated admin'))
						order by a.occurred_at desc, a.id desc fetch first 1 row only) as last_entry
					from delegated_admin_grant g join reseller_relationship r on r.id = g.relationship_id
					join partner p on p.id = r.partner_id join customer c on c.id = g.customer_id
					join cloud_service s on s.id = g.service_id
					where g.since < ? and c.created_at < ?""")
			.param(DEMO_CREATED_BEFORE)
			.param(DEMO_CREATED_BEFORE)
			.param(DEMO_CREATED_BEFORE)
			.query(GrantAndLastEntry.class)
			.list();

		assertThat(grants).extracting(GrantAndLastEntry::domain).contains("adatum.test");
		assertThat(grants).filteredOn(GrantAndLastEntry::active)
			.allSatisfy((grant) -> assertThat(grant.lastEntry()).as(grant.toString())
				.isIn("DELEGATED_ADMIN_GRANTED", "DELEGATED_ADMIN_RESTORED"));
		assertThat(grants).filteredOn((grant) -> !grant.active())
			.isNotEmpty()
			.allSatisfy(
					(grant) -> assertThat(grant.lastEntry()).as(grant.toString()).isEqualTo("DELEGATED_ADMIN_REMOVED"));
	}

	@Test
	void adatumWhenItsGlobalAdminSignsInThenSeesMonthsOfHistoryWithFabrikam() {
		PortalHttpClient marco = client("en").signIn(DemoAccounts.ADATUM_ADMIN, PASSWORD);

		Page recent = marco.get("/customer/activity");
		Page activity = marco.get("/customer/activity?from=" + LocalDate.now(ZoneOffset.UTC).minusDays(200));

		assertThat(recent.status()).isEqualTo(200);
		assertThat(recent.body()).contains(DemoAccounts.FABRIKAM, "Seats added");
		assertThat(activity.status()).isEqualTo(200);
		// Office's delegated admin went and came back: Fabrikam holds it today.
		assertThat(activity.body()).contains("Customer registered", "Invitation viewed", "Invitation accepted",
				"Reseller relationship established", "Delegated admin granted", "Delegated admin removed",
				"Delegated admin restored", "Customer agreement accepted", "Seats added", "Add-on ordered",
				"Subscription suspended");
	}

	@Test
	void customerAgreementWhenStartedThenNoAcceptanceBeforeTheDateItCameIntoForce() {
		String shown = this.messages.getMessage("agreement.effectiveDate", null, Locale.ENGLISH);
		Instant inForce = LocalDate.parse(shown, DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH))
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		List<Instant> acceptances = this.jdbc
			.sql("select agreement_accepted_at from customer where agreement_accepted_at is not null")
			.query(Instant.class)
			.list();
		List<Instant> logged = this.jdbc
			.sql("select occurred_at from activity_log where action = 'CUSTOMER_AGREEMENT_ACCEPTED'")
			.query(Instant.class)
			.list();

		assertThat(acceptances).hasSizeGreaterThan(10)
			.allSatisfy((at) -> assertThat(at).isAfterOrEqualTo(inForce).isBefore(Instant.now()));
		assertThat(logged).hasSizeGreaterThan(10)
			.allSatisfy((at) -> assertThat(at).isAfterOrEqualTo(inForce).isBefore(Instant.now()));
	}

	@Test
	void relationshipsWhenStartedThenEveryPartnerHasCustomersInItsCloudAndTerritory() {
		List<String> withoutCustomers = this.jdbc.sql("""
				select p.name from partner p where p.created_at < ? and not exists
					(select 1 from reseller_relationship r where r.partner_id = p.id and r.state = 'ACTIVE')""")
			.param(DEMO_CREATED_BEFORE)
			.query(String.class)
			.list();
		List<String> outOfBounds = this.jdbc
			.sql("""
					select p.name || ' / ' || c.domain from reseller_relationship r
					join partner p on p.id = r.partner_id join customer c on c.id = r.customer_id
					left join country_region cr on cr.country = c.country
					where p.created_at < ? and c.created_at < ?
						and (c.cloud <> p.cloud or (c.country <> p.country and (cr.region is null or cr.region <> p.region)))""")
			.param(DEMO_CREATED_BEFORE)
			.param(DEMO_CREATED_BEFORE)
			.query(String.class)
			.list();
		// National clouds always hold delegated admin for the directory and Office.
		List<String> nationalWithoutDelegatedAdmin = this.jdbc
			.sql("""
					select p.name || ' / ' || c.domain from reseller_relationship r
					join partner p on p.id = r.partner_id join customer c on c.id = r.customer_id
					where p.created_at < ? and c.created_at < ?
						and r.state = 'ACTIVE' and p.cloud <> 'PUBLIC' and 2 <> (select count(*) from delegated_admin_grant g
						join cloud_service s on s.id = g.service_id
						where g.relationship_id = r.id and g.active and s.code in ('AZURE_AD', 'OFFICE_365'))""")
			.param(DEMO_CREATED_BEFORE)
			.param(DEMO_CREATED_BEFORE)
			.query(String.class)
			.list();
		List<String> germanyCloudCustomers = this.jdbc.sql("""
				select c.domain from reseller_relationship r
				join partner p on p.id = r.partner_id join customer c on c.id = r.customer_id
				where p.cloud = 'GERMANY' and r.state = 'ACTIVE'""").query(String.class).list();

		assertThat(withoutCustomers).isEmpty();
		assertThat(outOfBounds).isEmpty();
		assertThat(nationalWithoutDelegatedAdmin).isEmpty();
		assertThat(germanyCloudCustomers).isNotEmpty();
	}

	@Test
	void tailspinCustomerWhenSignedInThenSeesTailspinAndItsHistoryInEnglishAndSpanish() {
		PortalHttpClient english = client("en").signIn("admin@fourth-coffee-federal.test", PASSWORD);
		PortalHttpClient spanish = client("es").signIn("admin@fourth-coffee-federal.test", PASSWORD);

		Page partners = english.get("/customer/partner-relationships");
		Page recent = english.get("/customer/activity");
		Page activity = english.get("/customer/activity?from=" + LocalDate.now(ZoneOffset.UTC).minusDays(200));
		Page actividad = spanish.get("/customer/activity?from=" + LocalDate.now(ZoneOffset.UTC).minusDays(200));

		assertThat(partners.status()).isEqualTo(200);
		assertThat(partners.body()).contains(TAILSPIN).doesNotContain(DemoAccounts.FABRIKAM);
		assertThat(recent.status()).isEqualTo(200);
		assertThat(recent.body()).contains(TAILSPIN, "Seats added");
		assertThat(activity.body()).contains("Customer registered", "Invitation accepted", "Delegated admin granted",
				"Customer agreement accepted", "Seats added");
		assertThat(actividad.body()).contains(TAILSPIN, "Invitación aceptada", "Administración delegada concedida");
	}

	@Test
	void germanyCloudPartnerWhenSignedInThenSeesItsCustomers() {
		PortalHttpClient lamna = client("en").signIn("ga@lamna.test", PASSWORD);

		Page customers = lamna.get("/partner/customers");

		assertThat(customers.status()).isEqualTo(200);
		assertThat(customers.body()).contains("Bodensee Kliniken", "Elbe Maschinenbau", "Donau Versicherung");
	}

	private PortalHttpClient client(String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language);
	}

	/**
	 * A demo grant of delegated admin, and the action of the latest entry about it in the
	 * log ({@code null} for none).
	 */
	record GrantAndLastEntry(String domain, String partner, String service, boolean active,
			@Nullable String lastEntry) {
	}

}
