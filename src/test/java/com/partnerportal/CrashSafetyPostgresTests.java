package com.partnerportal;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.partnerportal.PortalHttpClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a customer was told is done stays done when the server dies. The portal runs on
 * PostgreSQL in a JVM of its own; several customers at once register through a partner's
 * invitation, accept it with delegated admin, and remove delegated admin for one service,
 * over real HTTP. In the middle of that burst the process is killed (SIGKILL: no shutdown
 * hook, no graceful stop), then started again on the same schema. Every acceptance and
 * removal a client saw succeed must be in the database with its activity-log entry, and
 * no change may be there by halves: no customer without its admin, no relationship or
 * grant without its history, no answer without its entry.
 */
@EnabledIf("com.partnerportal.PostgresTestDatabase#isAvailable")
class CrashSafetyPostgresTests {

	private static final String PASSWORD = "demo-password";

	/** The password of the customers' admins the clients register. */
	private static final String NEW_PASSWORD = "crash-safe-password";

	private static final int CLIENTS = 4;

	/** Acceptances seen before the process is killed. */
	private static final int ACCEPTED_BEFORE_KILL = 6;

	private static final Pattern INVITATION = Pattern.compile("/invitations/[A-Za-z0-9_.-]+");

	private static final String RELATIONSHIPS = "/customer/partner-relationships";

	@Test
	void burstWhenProcessKilledThenEveryChangeSeenDoneIsStoredWholeAfterRestart() throws Exception {
		String url = PostgresTestDatabase.freshSchema("crash");
		Map<String, String> properties = Map.of("spring.datasource.url", url, "spring.datasource.username",
				PostgresTestDatabase.user(), "spring.datasource.password", PostgresTestDatabase.password(),
				"portal.demo-data", "true");
		Queue<String> accepted = new ConcurrentLinkedQueue<>();
		Queue<String> removed = new ConcurrentLinkedQueue<>();
		Queue<Throwable> problems = new ConcurrentLinkedQueue<>();
		try (PortalProcess portal = PortalProcess.start("crash-before", properties)) {
			String invitation = invitationPath(portal);
			JdbcClient database = JdbcClient
				.create(new DriverManagerDataSource(url, PostgresTestDatabase.user(), PostgresTestDatabase.password()));
			long fabrikam = single(url, "select id from partner where name = ?", DemoAccounts.FABRIKAM);
			long azureAd = single(url, "select id from cloud_service where code = 'AZURE_AD'");
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			for (int client = 0; client < CLIENTS; client++) {
				int number = client;
				clients.execute(() -> {
					for (int turn = 0; !killed.get(); turn++) {
						String domain = "crash-" + number + "-" + turn + ".test";
						try {
							customerJourney(portal, database, invitation, domain, fabrikam, azureAd, accepted, removed);
						}
						catch (UncheckedIOException | IllegalStateException ex) {
							// The server went away mid-request: this change was not seen
							// done, so nothing is expected of it.
							if (!killed.get()) {
								problems.add(ex);
							}
							return;
						}
						catch (AssertionError ex) {
							if (!killed.get()) {
								problems.add(ex);
							}
							return;
						}
					}
				});
			}
			Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
			while (accepted.size() < ACCEPTED_BEFORE_KILL && problems.isEmpty() && Instant.now().isBefore(deadline)) {
				Thread.sleep(50);
			}
			// Set first: from now on a failed request is the kill's doing, not a fault.
			killed.set(true);
			portal.kill();
			clients.shutdown();
			assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		}
		assertThat(problems).as("failures before the kill").isEmpty();
		assertThat(accepted).as("acceptances seen before the kill").hasSizeGreaterThanOrEqualTo(ACCEPTED_BEFORE_KILL);

		try (PortalProcess restarted = PortalProcess.start("crash-after", properties)) {
			for (String domain : accepted) {
				assertAcceptedWithEntries(url, domain);
			}
			for (String domain : removed) {
				assertDelegatedAdminRemovedWithEntry(url, domain);
			}
			assertNothingHalfWritten(url);
			String someone = "admin@" + accepted.peek();
			PortalHttpClient customer = new PortalHttpClient(restarted.url(""), "en").signIn(someone, NEW_PASSWORD);
			assertThat(customer.get(RELATIONSHIPS).status()).isEqualTo(200);
		}
	}

	/**
	 * The partner's Global admin asks for a relationship with delegated admin and reads
	 * the link from the draft email.
	 */
	private static String invitationPath(PortalProcess portal) {
		PortalHttpClient partner = new PortalHttpClient(portal.url(""), "en").signIn(DemoAccounts.FABRIKAM_ADMIN,
				PASSWORD);
		partner.get("/partner/relationship-requests/new");
		partner.post("/partner/relationship-requests", Map.of("includeDelegatedAdmin", "true"));
		Matcher link = INVITATION
			.matcher(partner.get("/partner/relationship-requests/draft?delegatedAdmin=true").body());
		assertThat(link.find()).as("invitation link on the draft page").isTrue();
		return link.group();
	}

	/**
	 * One customer's way through the portal: register through the invitation, accept it,
	 * remove delegated admin for one service. Each step that the portal confirms is
	 * noted.
	 */
	private static void customerJourney(PortalProcess portal, JdbcClient database, String invitation, String domain,
			long partner, long service, Queue<String> accepted, Queue<String> removed) {
		PortalHttpClient browser = new PortalHttpClient(portal.url(""), "en");
		RegistrationMail.registerAndConfirm(browser, invitation,
				Map.of("companyName", "Crash " + domain, "domain", domain, "country", "ES", "adminName",
						"Admin " + domain, "email", "admin@" + domain, "password", NEW_PASSWORD, "passwordConfirmation",
						NEW_PASSWORD),
				database);
		browser.get(invitation + "/accept");
		Page acceptance = browser.post(invitation + "/accept", Map.of("agreementAccepted", "true"));
		if (acceptance.status() == 302 && acceptance.location().endsWith(RELATIONSHIPS)) {
			accepted.add(domain);
		}
		browser.get(RELATIONSHIPS);
		Page removal = browser.post(RELATIONSHIPS + "/delegated-admin/remove",
				Map.of("partner", String.valueOf(partner), "service", String.valueOf(service)));
		if (removal.status() == 302
				&& browser.get(RELATIONSHIPS).body().contains("Delegated admin privileges removed")) {
			removed.add(domain);
		}
	}

	private static void assertAcceptedWithEntries(String url, String domain) throws SQLException {
		long customer = single(url, "select id from customer where domain = ?", domain);
		assertThat(single(url,
				"select count(*) from reseller_relationship r join partner p on p.id = r.partner_id"
						+ " where r.customer_id = ? and p.name = ? and r.state = 'ACTIVE'",
				customer, DemoAccounts.FABRIKAM))
			.as("relationship of %s", domain)
			.isOne();
		assertThat(single(url,
				"select count(*) from invitation_response where customer_id = ? and outcome = 'ACCEPTED'", customer))
			.as("acceptance of %s", domain)
			.isOne();
		for (String action : List.of("CUSTOMER_REGISTERED", "CUSTOMER_AGREEMENT_ACCEPTED", "RELATIONSHIP_ESTABLISHED",
				"INVITATION_ACCEPTED")) {
			assertThat(single(url, "select count(*) from activity_log where customer_id = ? and action = ?", customer,
					action))
				.as("%s of %s", action, domain)
				.isOne();
		}
	}

	private static void assertDelegatedAdminRemovedWithEntry(String url, String domain) throws SQLException {
		long customer = single(url, "select id from customer where domain = ?", domain);
		assertThat(single(url,
				"select count(*) from delegated_admin_grant g join cloud_service s on s.id = g.service_id"
						+ " where g.customer_id = ? and s.code = 'AZURE_AD' and not g.active",
				customer))
			.as("removed grant of %s", domain)
			.isOne();
		assertThat(single(url,
				"select count(*) from activity_log where customer_id = ? and action = 'DELEGATED_ADMIN_REMOVED'",
				customer))
			.as("removal entry of %s", domain)
			.isOne();
	}

	/**
	 * Consistency over the whole schema, not only over what the clients saw: a change
	 * that was under way when the process died is either all there or not at all.
	 */
	private static void assertNothingHalfWritten(String url) throws SQLException {
		Map<String, String> halves = Map.of("customers without a user",
				"select count(*) from customer c where c.domain like 'crash-%' and not exists"
						+ " (select 1 from user_account u where u.customer_id = c.id)",
				"registered customers without their entry",
				"select count(*) from customer c where c.domain like 'crash-%' and not exists"
						+ " (select 1 from activity_log a where a.customer_id = c.id and a.action = 'CUSTOMER_REGISTERED')",
				"relationships without their history",
				"select count(*) from reseller_relationship r where not exists"
						+ " (select 1 from relationship_history h where h.relationship_id = r.id"
						+ " and h.action = 'ESTABLISHED')",
				"new relationships without their entry",
				"select count(*) from reseller_relationship r join customer c on c.id = r.customer_id"
						+ " where c.domain like 'crash-%' and not exists (select 1 from activity_log a"
						+ " where a.customer_id = c.id and a.action = 'RELATIONSHIP_ESTABLISHED')",
				"grants without their history",
				"select count(*) from delegated_admin_grant g where not exists"
						+ " (select 1 from relationship_history h where h.relationship_id = g.relationship_id"
						+ " and h.service_id = g.service_id and h.action = 'DELEGATED_ADMIN_GRANTED')",
				"removed grants without their history",
				"select count(*) from delegated_admin_grant g where not g.active and not exists"
						+ " (select 1 from relationship_history h where h.relationship_id = g.relationship_id"
						+ " and h.service_id = g.service_id"
						+ " and h.action in ('DELEGATED_ADMIN_REMOVED', 'DELEGATED_ADMIN_MOVED'))",
				"removed grants of new customers without their entry",
				"select count(*) from delegated_admin_grant g join customer c on c.id = g.customer_id"
						+ " where c.domain like 'crash-%' and not g.active and not exists (select 1 from activity_log a"
						+ " where a.customer_id = c.id and a.action = 'DELEGATED_ADMIN_REMOVED')",
				"acceptances without their entry",
				"select count(*) from invitation_response r where r.outcome = 'ACCEPTED' and not exists"
						+ " (select 1 from activity_log a where a.customer_id = r.customer_id"
						+ " and a.partner_id = r.partner_id and a.action = 'INVITATION_ACCEPTED')",
				"acceptances without their relationship",
				"select count(*) from invitation_response r where r.outcome = 'ACCEPTED' and not exists"
						+ " (select 1 from reseller_relationship s where s.customer_id = r.customer_id"
						+ " and s.partner_id = r.partner_id)");
		List<String> found = new ArrayList<>();
		for (Map.Entry<String, String> check : halves.entrySet()) {
			long count = single(url, check.getValue());
			if (count > 0) {
				found.add(check.getKey() + ": " + count);
			}
		}
		assertThat(found).as("half-written changes").isEmpty();
	}

	private static long single(String url, String sql, Object... parameters) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, PostgresTestDatabase.user(),
				PostgresTestDatabase.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				assertThat(result.next()).as("a row from %s", sql).isTrue();
				return result.getLong(1);
			}
		}
	}

}
