package com.partnerportal.mail;

import java.util.Map;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.SmtpTestServer;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;
import com.partnerportal.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The SMTP path: with a mail server configured, a registration's mail is delivered after
 * the commit, in the language of the form, and marked sent; a server that is down fails
 * no registration and leaves the mail unsent. The links in mail point at the configured
 * public address, whatever host the request named. GreenMail is the server.
 */
// A context of its own: the mail settings below point it at the GreenMail server.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MailDeliveryTests {

	private static final String PASSWORD = "a long enough passphrase";

	/** The portal's address as people reach it, behind a proxy, say. */
	private static final String PUBLIC_URL = "https://portal.example.test";

	private static final int SMTP_PORT = SmtpTestServer.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = SmtpTestServer.extension(SMTP_PORT);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks links;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		SmtpTestServer.pointAt(properties, SMTP_PORT);
		properties.add("portal.mail.from", () -> "Partner Portal <no-reply@portal.test>");
		properties.add("portal.public-url", () -> PUBLIC_URL + "/");
	}

	@Test
	void registrationWhenAMailServerIsConfiguredThenTheConfirmationArrivesInTheFormsLanguageAndItsLinkWorks()
			throws Exception {
		String invitation = invitation();
		PortalHttpClient person = new PortalHttpClient("http://localhost:" + this.port, "es");
		person.get(invitation + "/register");
		Page answer = person.post(invitation + "/register", form("smtp-works.test", "marta@smtp-works.test"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(302);

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("marta@smtp-works.test");
		assertThat(mail.getFrom()).extracting(Object::toString)
			.containsExactly("Partner Portal <no-reply@portal.test>");
		assertThat(mail.getSubject()).isEqualTo("Confirme el registro de SMTP Works");
		assertThat(mail.getHeader("Content-Language")).containsExactly("es");
		String text = (String) mail.getContent();
		String link = new Page(200, text, null).find(Pattern.quote(PUBLIC_URL) + "(/registrations/[A-Za-z0-9_-]{22})");

		assertThat(person.get(link).body()).contains("Crear la cuenta de SMTP Works");
		Page confirmed = person.post(link, Map.of());
		assertThat(confirmed.location()).endsWith(invitation + "/accept");
		assertThat(this.jdbc.sql("select count(*) from customer where domain = 'smtp-works.test'")
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("select sent_at is not null from outgoing_mail where recipient = ?")
			.param("marta@smtp-works.test")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void registrationWhenTheMailServerIsDownThenItIsAnsweredAndTheMailStaysUnsent() {
		String invitation = invitation();
		smtp.stop();
		PortalHttpClient person = new PortalHttpClient("http://localhost:" + this.port, "en");
		person.get(invitation + "/register");
		Page answer = person.post(invitation + "/register", form("smtp-down.test", "marta@smtp-down.test"));

		assertThat(answer.status()).as(answer.body()).isEqualTo(302);
		assertThat(person.get(answer.location()).body()).contains("Check your inbox");
		assertThat(this.jdbc.sql("select sent_at is null from outgoing_mail where recipient = ?")
			.param("marta@smtp-down.test")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from pending_registration where domain = 'smtp-down.test'")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void registrationWhenTheRequestNamesAnotherHostThenTheLinksInTheMailStillPointAtThePortal() throws Exception {
		String invitation = invitation();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		form("forged-host.test", "marta@forged-host.test").forEach(fields::add);

		assertThat(this.mvc.post()
			.uri("http://attacker.test" + invitation + "/register")
			.header("Host", "attacker.test")
			.params(fields)
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		assertThat((String) smtp.getReceivedMessages()[0].getContent()).contains(PUBLIC_URL + "/registrations/")
			.doesNotContain("attacker.test");
	}

	private String invitation() {
		PortalUser ana = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
		return this.links.invitationFor(ana.partnerId(), true, ana.actor()).path();
	}

	private static Map<String, String> form(String domain, String email) {
		return Map.of("companyName", "SMTP Works", "domain", domain, "country", "ES", "adminName", "Marta Correo",
				"email", email, "password", PASSWORD, "passwordConfirmation", PASSWORD);
	}

}
