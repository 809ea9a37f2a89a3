package com.partnerportal.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalProcess;
import com.partnerportal.PostgresTestDatabase;
import com.partnerportal.RegistrationMail;
import com.partnerportal.SmtpTestServer;
import com.partnerportal.TwoPortals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail owed by committed changes is delivered exactly once, on PostgreSQL, whatever
 * happens between the commit and the delivery: the portal killed (SIGKILL) while its mail
 * server is unreachable, then started again with the server back; or two instances on one
 * database, each retrying, while the server fails and then recovers. GreenMail is the
 * server, started only once the mail is owed.
 */
@EnabledIf("com.partnerportal.PostgresTestDatabase#isAvailable")
class MailDeliveryPostgresTests {

	private static final String PASSWORD = "demo-password";

	private static final String NEW_PASSWORD = "owed mail password";

	private static final int REGISTRATIONS = 6;

	@Test
	void burstWhenKilledBeforeDeliveryThenEveryOwedMessageArrivesOnceAfterRestart() throws Exception {
		int smtpPort = SmtpTestServer.freePort();
		String url = PostgresTestDatabase.freshSchema("owed-mail");
		Map<String, String> properties = settings(smtpPort);
		properties.putAll(Map.of("spring.datasource.url", url, "spring.datasource.username",
				PostgresTestDatabase.user(), "spring.datasource.password", PostgresTestDatabase.password()));
		List<String> owed = new ArrayList<>();
		try (PortalProcess portal = PortalProcess.start("owed-mail-before", properties)) {
			String invitation = invitation(portal.url(""));
			for (int i = 0; i < REGISTRATIONS; i++) {
				owed.add(register(portal.url(""), invitation, "killed-" + i + ".test"));
			}
			// Committed, delivery failing against the unreachable server: the kill comes
			// between the commits and any delivery.
			portal.kill();
		}
		JdbcClient database = database(url);
		assertThat(unsent(database)).isEqualTo(REGISTRATIONS);

		GreenMail smtp = SmtpTestServer.server(smtpPort);
		smtp.start();
		try (PortalProcess restarted = PortalProcess.start("owed-mail-after", properties)) {
			assertDeliveredOnce(smtp, owed);
			assertThat(unsent(database)).isZero();
		}
		finally {
			smtp.stop();
			PostgresTestDatabase.dropSchema(url);
		}
	}

	@Test
	void twoInstancesWhenTheServerFailsThenRecoversThenEachMessageArrivesOnce() throws Exception {
		int smtpPort = SmtpTestServer.freePort();
		GreenMail smtp = SmtpTestServer.server(smtpPort);
		List<String> owed = new ArrayList<>();
		try (TwoPortals portals = TwoPortals.start("owed-mail-two", settings(smtpPort))) {
			String invitation = invitation(portals.first().url(""));
			for (int i = 0; i < REGISTRATIONS; i++) {
				PortalProcess instance = (i % 2 == 0) ? portals.first() : portals.second();
				owed.add(register(instance.url(""), invitation, "two-" + i + ".test"));
			}
			// Both instances' retries fail for a while.
			Thread.sleep(5_000);
			assertThat(unsent(portals.database())).isEqualTo(REGISTRATIONS);

			smtp.start();
			assertDeliveredOnce(smtp, owed);
			assertThat(portals.database()
				.sql("select count(*) from shedlock where name = 'resubmit-owed-work'")
				.query(Long.class)
				.single()).isOne();
		}
		finally {
			smtp.stop();
		}
	}

	/**
	 * Retries within seconds, so that the test need not wait minutes.
	 */
	private static Map<String, String> settings(int smtpPort) {
		return new HashMap<>(Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(smtpPort),
				"portal.mail.retry.first-after", "2s", "portal.mail.retry.longest-interval", "3s",
				"portal.mail.retry.check-interval", "1s"));
	}

	private static void assertDeliveredOnce(GreenMail smtp, List<String> owed) throws InterruptedException {
		assertThat(smtp.waitForIncomingEmail(Duration.ofMinutes(1).toMillis(), owed.size())).isTrue();
		// Several more retry rounds: nothing arrives twice.
		Thread.sleep(8_000);
		assertThat(SmtpTestServer.recipients(smtp.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(owed);
	}

	private static String invitation(String baseUrl) {
		return RegistrationMail.invitationFromTheDraftEmail(
				new PortalHttpClient(baseUrl, "en").signIn(DemoAccounts.FABRIKAM_ADMIN, PASSWORD));
	}

	/**
	 * Registers an organisation through the invitation, which mails its address.
	 * @return that address
	 */
	private static String register(String baseUrl, String invitation, String domain) {
		PortalHttpClient person = new PortalHttpClient(baseUrl, "en");
		String email = "owner@" + domain;
		person.get(invitation + "/register");
		Page answer = person.post(invitation + "/register",
				RegistrationMail.registrationForm("Owed Mail", domain, "Owen Mail", email, NEW_PASSWORD));
		assertThat(answer.status()).as(answer.body()).isEqualTo(302);
		return email;
	}

	private static long unsent(JdbcClient database) {
		return database.sql("select count(*) from outgoing_mail where sent_at is null").query(Long.class).single();
	}

	private static JdbcClient database(String url) {
		return JdbcClient
			.create(new DriverManagerDataSource(url, PostgresTestDatabase.user(), PostgresTestDatabase.password()));
	}

}
