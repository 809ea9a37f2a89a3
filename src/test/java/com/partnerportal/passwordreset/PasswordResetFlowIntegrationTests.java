package com.partnerportal.passwordreset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.SmtpTestServer;
import com.partnerportal.RegistrationMail;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.LinkKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

/**
 * Password reset as a person does it, over HTTP, with GreenMail as the SMTP server: the
 * link asked for on the sign-in page arrives in the account's language, as HTML with a
 * plain-text part, sets a new password once, expires, and ends the account's other
 * sessions; the answer is the same for an address without an account, and requests are
 * throttled. Also the delivery's promise: with the mail server down, the changes that
 * mail still succeed, and once it is back every message arrives exactly once.
 */
// A context of its own: the mail settings point it at the GreenMail server, and retries
// come within seconds instead of minutes.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PasswordResetFlowIntegrationTests {

	private static final int SMTP_PORT = SmtpTestServer.freePort();

	private static final String DEMO_PASSWORD = "demo-password";

	private static final String NEW_PASSWORD = "granite kettle orbit 42";

	private static final Pattern RESET_LINK = Pattern.compile("(https?://\\S+?/password-reset/[A-Za-z0-9_-]{43})");

	@RegisterExtension
	static final GreenMailExtension smtp = SmtpTestServer.extension(SMTP_PORT);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks links;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("portal.mail.retry.first-after", () -> "2s");
		properties.add("portal.mail.retry.longest-interval", () -> "4s");
		properties.add("portal.mail.retry.check-interval", () -> "1s");
	}

	@Test
	void resetWhenAskedInEnglishThenTheMailedLinkSetsThePasswordOnceAndEndsTheOtherSessions() throws Exception {
		PortalHttpClient elsewhere = browser("en").signIn(DemoAccounts.CONTOSO_ADMIN, DEMO_PASSWORD);
		assertThat(String.valueOf(elsewhere.get("/").location())).as("signed in elsewhere").doesNotContain("/login");
		PortalHttpClient person = browser("en");
		assertThat(person.get("/login").body()).contains("href=\"/password-reset\"", "Forgot your password?");

		Page sent = ask(person, DemoAccounts.CONTOSO_ADMIN);
		assertThat(sent.body()).contains("If an account exists for that address, we sent it a link");

		MimeMessage mail = onlyMail();
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly(DemoAccounts.CONTOSO_ADMIN);
		assertThat(mail.getHeader("Content-Language")).containsExactly("en");
		assertThat(mail.getSubject()).isEqualTo("Reset your Partner Portal password");
		String text = part(mail, "text/plain");
		String html = part(mail, "text/html");
		String link = link(text);
		assertThat(text).contains("works once, for 30 minutes").doesNotContain(DEMO_PASSWORD);
		assertThat(html).contains("<a href=\"" + link + "\">Choose a new password</a>");

		String path = link.substring(link.indexOf("/password-reset/"));
		String key = path.substring(path.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select key_hash from password_reset").query(String.class).list())
			.as("only the key's hash is stored")
			.contains(new LinkKey(key).hash())
			.doesNotContain(key);
		assertThat(person.get(path).body()).contains("Choose a new password");
		Page weak = person.post(path, Map.of("password", "short", "passwordConfirmation", "short"));
		assertThat(weak.status()).isEqualTo(200);
		assertThat(weak.body()).contains("at least 12 characters");
		Page done = person.post(path, Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
		assertThat(done.location()).endsWith("/login?passwordReset");
		assertThat(person.get(done.location()).body()).contains("Your password was changed");

		browser("en").signIn(DemoAccounts.CONTOSO_ADMIN, NEW_PASSWORD);
		assertThat(browser("en").get("/login").status()).isEqualTo(200);
		assertThat(elsewhere.get("/").location()).as("the session signed in before the reset").contains("/login");
		Page again = person.get(path);
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.body()).contains("This link was used already", "href=\"/password-reset\"");
		assertThat(
				person
					.post(path,
							Map.of("password", "another long password", "passwordConfirmation",
									"another long password"))
					.status())
			.isEqualTo(410);
		assertThat(this.jdbc.sql("select count(*) from activity_log where action = 'PASSWORD_RESET' and new_value = ?")
			.param(DemoAccounts.CONTOSO_ADMIN)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void resetWhenTheAccountChoseSpanishThenTheMailAndThePagesAreInSpanish() throws Exception {
		this.jdbc.sql("update user_account set locale = 'es' where email = ?")
			.param(DemoAccounts.ADATUM_ADMIN)
			.update();
		PortalHttpClient person = browser("es");
		assertThat(person.get("/login").body()).contains("¿Ha olvidado su contraseña?");
		assertThat(ask(person, DemoAccounts.ADATUM_ADMIN).body()).contains("Si existe una cuenta con esa dirección");

		MimeMessage mail = onlyMail();
		assertThat(mail.getHeader("Content-Language")).containsExactly("es");
		assertThat(mail.getSubject()).isEqualTo("Restablezca su contraseña de Partner Portal");
		String link = link(part(mail, "text/plain"));
		assertThat(part(mail, "text/html")).contains("Elegir una contraseña nueva");
		String path = link.substring(link.indexOf("/password-reset/"));

		assertThat(person.get(path).body()).contains("Elija una contraseña nueva");
		assertThat(person.post(path, Map.of("password", NEW_PASSWORD, "passwordConfirmation", "otra cosa distinta"))
			.body()).contains("Las dos contraseñas no coinciden");
		assertThat(person.post(path, Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD)).location())
			.endsWith("/login?passwordReset");
		browser("es").signIn(DemoAccounts.ADATUM_ADMIN, NEW_PASSWORD);
		assertThat(person.get(path).body()).contains("Este enlace ya se usó");
	}

	@Test
	void linkWhenOlderThanThirtyMinutesThenRefusedWithAnOfferToAskAgain() throws Exception {
		PortalHttpClient person = browser("en");
		ask(person, DemoAccounts.NORTHWIND_ADMIN);
		String link = link(part(onlyMail(), "text/plain"));
		String path = link.substring(link.indexOf("/password-reset/"));

		doReturn(Instant.now().plus(Duration.ofMinutes(31))).when(this.clock).instant();
		Page expired = person.get(path);
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.body()).contains("This link has expired", "href=\"/password-reset\"");
		assertThat(person.post(path, Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD)).status())
			.isEqualTo(410);
		browser("en").signIn(DemoAccounts.NORTHWIND_ADMIN, DEMO_PASSWORD);
	}

	@Test
	void requestWhenTheAddressHasNoAccountThenTheSameAnswerAndNoMail() throws Exception {
		PortalHttpClient person = browser("en");
		Page known = ask(person, DemoAccounts.CONTOSO_USER);
		Page unknown = ask(person, "nobody@contoso.test");

		assertThat(unknown.body()).isEqualTo(known.body().replace(DemoAccounts.CONTOSO_USER, "nobody@contoso.test"));
		assertThat(smtp.waitForIncomingEmail(3_000, 2)).isFalse();
		assertThat(smtp.getReceivedMessages()).extracting((message) -> message.getAllRecipients()[0].toString())
			.containsExactly(DemoAccounts.CONTOSO_USER);
		assertThat(this.jdbc.sql("select count(*) from outgoing_mail where recipient = 'nobody@contoso.test'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void requestWhenAskedTooOftenForOneAddressThenRefusedForAWhile() {
		PortalHttpClient person = browser("en");
		for (int i = 0; i < 3; i++) {
			assertThat(ask(person, "often@nowhere.test").status()).isEqualTo(200);
		}
		person.get("/password-reset");
		Page refused = person.post("/password-reset", Map.of("email", "often@nowhere.test"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Too many links were asked for this address");
		assertThat(ask(person, "other@nowhere.test").status()).as("another address").isEqualTo(200);
	}

	@Test
	void mailWhenTheServerIsDownThenTheChangesSucceedAndEveryMessageArrivesOnceItIsBack() throws Exception {
		smtp.stop();
		PortalUser ana = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
		String invitation = this.links.invitationFor(ana.partnerId(), true, ana.actor()).path();
		for (String domain : new String[] { "down-one.test", "down-two.test" }) {
			PortalHttpClient person = browser("en");
			person.get(invitation + "/register");
			Page registered = person.post(invitation + "/register", RegistrationMail.registrationForm("Down Works",
					domain, "Marta Correo", "marta@" + domain, NEW_PASSWORD));
			assertThat(registered.status()).as(registered.body()).isEqualTo(302);
		}
		assertThat(ask(browser("en"), DemoAccounts.FABRIKAM_ADMIN).status()).isEqualTo(200);
		// The deliveries after the commits fail while the server is down.
		Thread.sleep(3_000);
		assertThat(this.jdbc.sql("select count(*) from outgoing_mail where sent_at is null and recipient in (?, ?, ?)")
			.params("marta@down-one.test", "marta@down-two.test", DemoAccounts.FABRIKAM_ADMIN)
			.query(Long.class)
			.single()).isEqualTo(3);

		smtp.start();
		assertThat(smtp.waitForIncomingEmail(30_000, 3)).isTrue();
		// Several retry rounds more: nothing arrives twice.
		Thread.sleep(6_000);
		assertThat(SmtpTestServer.recipients(smtp.getReceivedMessages()))
			.containsExactlyInAnyOrder("marta@down-one.test", "marta@down-two.test", DemoAccounts.FABRIKAM_ADMIN);
	}

	private PortalHttpClient browser(String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language);
	}

	/**
	 * Asks for a link as the sign-in page's "Forgot your password?" leads to.
	 * @return the page the answer leads to
	 */
	private static Page ask(PortalHttpClient person, String email) {
		person.get("/password-reset");
		Page answer = person.post("/password-reset", Map.of("email", email));
		assertThat(answer.location()).as(answer.body()).endsWith("/password-reset/sent");
		return person.get(answer.location());
	}

	private static MimeMessage onlyMail() {
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	private static String link(String text) {
		Matcher matcher = RESET_LINK.matcher(text);
		assertThat(matcher.find()).as("a reset link in:%n%s", text).isTrue();
		return matcher.group(1);
	}

	private static String part(Part message, String type) throws Exception {
		if (message.isMimeType(type)) {
			return (String) message.getContent();
		}
		if (message.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				try {
					return part(multipart.getBodyPart(i), type);
				}
				catch (AssertionError ex) {
					// Not in this branch of the message.
				}
			}
		}
		throw new AssertionError("No " + type + " part in " + GreenMailUtil.getBody(message));
	}

}
