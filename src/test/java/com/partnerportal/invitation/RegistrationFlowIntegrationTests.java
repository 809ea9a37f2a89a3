package com.partnerportal.invitation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration through an invitation link over real HTTP, every person signed in through
 * the sign-in form: the answer to the form tells nothing about existing accounts, and the
 * organisation is created by the link in the mail. Each test registers domains of its
 * own, so that they can share the running portal.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RegistrationFlowIntegrationTests {

	private static final String PASSWORD = "a long enough passphrase";

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"[^\"]+\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registerWhenTheAddressIsNewOrHasAnAccountOrTheDomainIsTakenThenTheAnswerIsTheSameAndCreatesNothing() {
		String invitation = invitationFromTheDraftEmail();
		long customers = count("select count(*) from customer");

		// A new address at a free domain, the address of an existing account, and a new
		// address at a domain an organisation has.
		Answer fresh = register(invitation, "same-answer-fresh.test", "rosa@same-answer-fresh.test");
		Answer existingAddress = register(invitation, "contoso.test", DemoAccounts.CONTOSO_ADMIN);
		Answer takenDomain = register(invitation, "adatum.test", "newcomer@adatum.test");

		assertThat(existingAddress).isEqualTo(fresh);
		assertThat(takenDomain).isEqualTo(fresh);
		assertThat(fresh.status()).isEqualTo(302);
		assertThat(fresh.page()).contains("Check your inbox", "We sent a message to ADDRESS.")
			.doesNotContain("account", "domain");
		assertThat(count("select count(*) from customer")).isEqualTo(customers);
		// Each address got its mail; only the new ones a link that creates anything.
		assertThat(RegistrationMail.newestMail(this.jdbc, DemoAccounts.CONTOSO_ADMIN))
			.contains("somebody tried to register", invitation)
			.doesNotContain("/registrations/");
		assertThat(RegistrationMail.confirmationPath(this.jdbc, "newcomer@adatum.test")).startsWith("/registrations/");
	}

	@Test
	void registrationWhenTheMailIsReadOnSentMailAndItsLinkFollowedThenTheNewGlobalAdminAcceptsTheInvitation() {
		String invitation = invitationFromTheDraftEmail();
		PortalHttpClient customer = client();
		customer.get(invitation + "/register");
		Page sent = customer.post(invitation + "/register",
				form("Flow Works", "flow-works.test", "lena@flow-works.test"));
		assertThat(sent.status()).isEqualTo(302);
		assertThat(customer.get(sent.location()).body()).contains("We sent a message to lena@flow-works.test.");

		// With no mail server configured, the platform admin's Sent mail page shows the
		// message, its link clickable.
		PortalHttpClient admin = client().signIn(DemoAccounts.PLATFORM_ADMIN, "demo-password");
		String list = admin.get("/admin/mail").body();
		assertThat(list).contains("Sent mail", "lena@flow-works.test", "Confirm the registration of Flow Works");
		Matcher message = Pattern.compile("href=\"(/admin/mail/\\d+)\">Confirm the registration of Flow Works")
			.matcher(list);
		assertThat(message.find()).isTrue();
		String mail = admin.get(message.group(1)).body();
		String link = new Page(200, mail, null)
			.find("<a href=\"(http://localhost:" + this.port + "/registrations/[^\"]+)\"");

		Page confirmation = customer.get(link);
		assertThat(confirmation.status()).isEqualTo(200);
		assertThat(confirmation.body()).contains("Create the account of Flow Works");
		Page confirmed = customer.post(link, Map.of());
		assertThat(confirmed.location()).endsWith(invitation + "/accept");
		Page accept = customer.get(confirmed.location());
		assertThat(accept.body()).contains("The account of Flow Works is ready", "Signed in as Lena Flow, Flow Works");
		Page accepted = customer.post(invitation + "/accept", Map.of("agreementAccepted", "true"));
		assertThat(accepted.location()).endsWith("/customer/partner-relationships");
		assertThat(customer.get("/customer/partner-relationships").body()).contains(DemoAccounts.FABRIKAM);

		assertThat(count("select count(*) from reseller_relationship r join customer c on c.id = r.customer_id"
				+ " where c.domain = 'flow-works.test' and r.state = 'ACTIVE'"))
			.isOne();
		// The link created the organisation once.
		assertThat(customer.post(link, Map.of()).status()).isEqualTo(410);
		// And the new Global admin signs in with the password chosen in the form.
		assertThat(client().signIn("lena@flow-works.test", PASSWORD).get("/customer/partner-relationships").status())
			.isEqualTo(200);
	}

	/**
	 * Fabrikam's Global admin asks for a relationship, signed in through the form, and
	 * reads the link from the draft email.
	 */
	private String invitationFromTheDraftEmail() {
		return RegistrationMail
			.invitationFromTheDraftEmail(client().signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password"));
	}

	/**
	 * The answer to the registration form as a person sees it: the redirect, then the
	 * page it leads to, with what differs between any two visits (the CSRF token) and the
	 * address typed, which the page repeats, masked.
	 */
	private Answer register(String invitation, String domain, String email) {
		PortalHttpClient person = client();
		person.get(invitation + "/register");
		Page answer = person.post(invitation + "/register", form("Same Answer Ltd", domain, email));
		// A form shown again (with errors) is an answer too, and a different one.
		String page = (answer.location() != null) ? person.get(answer.location()).body() : answer.body();
		return new Answer(answer.status(), answer.location(), answer.body(),
				CSRF_TOKEN.matcher(page).replaceAll("CSRF").replace(email, "ADDRESS"));
	}

	private static Map<String, String> form(String company, String domain, String email) {
		return RegistrationMail.registrationForm(company, domain, "Lena Flow", email, PASSWORD);
	}

	private PortalHttpClient client() {
		return new PortalHttpClient("http://localhost:" + this.port, "en");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	record Answer(int status, String location, String body, String page) {

	}

}
