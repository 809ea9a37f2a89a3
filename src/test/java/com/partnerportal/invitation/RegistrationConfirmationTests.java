package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The registration behind an invitation link claims nothing until its address is proven:
 * the form only keeps the registration and mails the address; the link in the mail
 * creates the organisation, once, within 24 hours.
 */
@PortalTest
@Transactional
class RegistrationConfirmationTests {

	private static final String PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InvitationLinks links;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void registerWhenTheAddressIsNewOrHasAnAccountOrTheDomainIsTakenThenEachCostsOneHashOneRegistrationAndOneMail() {
		String token = token();
		for (MultiValueMap<String, String> form : List.of(
				registration("Fresh Start", "cost-fresh.test", "rosa@cost-fresh.test"),
				registration("Contoso Again", "contoso.test", DemoAccounts.CONTOSO_ADMIN),
				registration("Adatum Again", "adatum.test", "newcomer@adatum.test"))) {
			clearInvocations(this.passwordEncoder);
			Map<String, Long> before = counts();

			assertThat(post(token, form)).as(form.getFirst("email")).hasStatus3xxRedirection();

			// Counting the work instead of timing it: the same in every case.
			verify(this.passwordEncoder).encode(any());
			Map<String, Long> expected = new HashMap<>(before);
			expected.merge("registrations", 1L, Long::sum);
			expected.merge("mail", 1L, Long::sum);
			assertThat(counts()).as(form.getFirst("email")).isEqualTo(expected);
		}
	}

	@Test
	void registerWhenTheAddressIsOutsideTheDomainThenFormErrorAndNothingKept() {
		String token = token();
		Map<String, Long> before = counts();

		for (String email : new String[] { "mallory@attacker.test", "mallory@notrealcompany.test",
				"mallory@realcompany.test.attacker.test" }) {
			MvcTestResult result = post(token, registration("Real Company", "realcompany.test", email));

			assertThat(result).as(email).hasStatusOk().hasViewName("invitations/register");
			assertThat(result).model()
				.extractingBindingResult("registration")
				.hasFieldErrorCode("email", "registration.email.outsideDomain");
			assertThat(result).bodyText().contains("Use an address at your organisation’s domain");
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void registerWhenTheAddressIsAtASubdomainThenAccepted() {
		assertThat(post(token(), registration("Real Company", "realcompany.test", "it@eu.realcompany.test")))
			.hasStatus3xxRedirection();
	}

	@Test
	void squattedRegistrationWhenNeverConfirmedThenTheRealCompanyRegistersAndConfirmsAnyway() {
		String token = token();
		// Somebody registers the company's domain, typing an address there that they do
		// not read, so the registration is never confirmed.
		assertThat(post(token, registration("Not Real Company", "realcompany.test", "ceo@realcompany.test")))
			.hasStatus3xxRedirection();
		String squatted = RegistrationMail.confirmationPath(this.jdbc, "ceo@realcompany.test");
		assertThat(count("select count(*) from customer where domain = 'realcompany.test'")).isZero();

		MvcTestResult confirmed = RegistrationMail.registerAndConfirm(this.mvc, token,
				registration("Real Company", "RealCompany.test", "admin@realcompany.test"), this.jdbc);

		assertThat(confirmed).hasRedirectedUrl("/invitations/" + token + "/accept");
		assertThat(this.jdbc.sql("select company_name from customer where domain = 'realcompany.test'")
			.query(String.class)
			.single()).isEqualTo("Real Company");
		// The other link now finds the domain taken, and may say so.
		assertThat(this.mvc.post().uri(squatted).with(csrf())).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Your organisation has an account");
		assertThat(count("select count(*) from customer where domain = 'realcompany.test'")).isOne();
	}

	@Test
	void registerWhenTheAddressHasAnAccountThenItsOwnerIsToldInTheAccountsLanguageAndNothingIsCreated() {
		String token = token();
		this.jdbc.sql("update user_account set locale = 'es' where email = ?")
			.param(DemoAccounts.CONTOSO_ADMIN)
			.update();
		long customers = count("select count(*) from customer");

		assertThat(post(token, registration("Contoso Again", "contoso.test", "GA@contoso.test")))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/invitations/" + token + "/register/sent");

		Map<String, Object> mail = this.jdbc
			.sql("select locale, subject, text_body from outgoing_mail where recipient = ? order by id desc")
			.param(DemoAccounts.CONTOSO_ADMIN)
			.query()
			.listOfRows()
			.get(0);
		assertThat(mail).containsEntry("locale", "es")
			.containsEntry("subject", "Alguien ha intentado registrar una organización con su dirección");
		assertThat((String) mail.get("text_body")).contains("http://localhost/invitations/" + token)
			.doesNotContain("/registrations/", "Contoso Again");
		assertThat(count("select count(*) from customer")).isEqualTo(customers);
	}

	@Test
	void confirmationPageWhenOpenedThenNamesTheCompanyAndCreatesNothingUntilItsButtonIsPressed() {
		String token = token();
		post(token, registration("Wingtip Toys", "wingtip.test", "rosa@wingtip.test"));
		String confirmation = RegistrationMail.confirmationPath(this.jdbc, "rosa@wingtip.test");

		// Mail scanners open links: opening it twice must not use it up.
		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.get().uri(confirmation)).hasStatusOk()
				.bodyText()
				.contains("Create the account of Wingtip Toys", "method=\"post\"", "action=\"" + confirmation + "\"");
		}
		assertThat(count("select count(*) from customer where domain = 'wingtip.test'")).isZero();
		assertThat(this.mvc.get().uri(confirmation)).headers().hasValue("Referrer-Policy", "no-referrer");
	}

	@Test
	void confirmationWhenTheLinkIsFollowedTwiceThenTheSecondTimeSaysItWasUsed() {
		String token = token();
		RegistrationMail.registerAndConfirm(this.mvc, token,
				registration("Wingtip Toys", "wingtip.test", "rosa@wingtip.test"), this.jdbc);
		String confirmation = RegistrationMail.confirmationPath(this.jdbc, "rosa@wingtip.test");
		Map<String, Long> before = counts();

		assertThat(this.mvc.post().uri(confirmation).with(csrf())).hasStatus(HttpStatus.GONE)
			.bodyText()
			.contains("This link has been used", "/invitations/" + token + "/accept");
		assertThat(this.mvc.get().uri(confirmation)).hasStatus(HttpStatus.GONE);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void confirmationWhenTwentyFourHoursHavePassedThenExpiredAndNothingCreated() {
		Instant registered = Instant.parse("2026-12-07T10:00:00Z");
		willReturn(registered).given(this.clock).instant();
		String token = token();
		post(token, registration("Wingtip Toys", "wingtip.test", "rosa@wingtip.test"));
		post(token, registration("Wingtip Games", "wingtip-games.test", "rosa@wingtip-games.test"));
		String expired = RegistrationMail.confirmationPath(this.jdbc, "rosa@wingtip.test");
		String justInTime = RegistrationMail.confirmationPath(this.jdbc, "rosa@wingtip-games.test");

		willReturn(registered.plus(Duration.ofHours(24))).given(this.clock).instant();
		assertThat(this.mvc.get().uri(expired)).hasStatus(HttpStatus.GONE)
			.bodyText()
			.contains("This link has expired", "href=\"/invitations/" + token + "/register\"");
		assertThat(this.mvc.post().uri(expired).with(csrf())).hasStatus(HttpStatus.GONE);
		assertThat(count("select count(*) from customer where domain = 'wingtip.test'")).isZero();

		willReturn(registered.plus(Duration.ofHours(24)).minusSeconds(1)).given(this.clock).instant();
		assertThat(this.mvc.post().uri(justInTime).with(csrf())).hasStatus3xxRedirection();
		assertThat(count("select count(*) from customer where domain = 'wingtip-games.test'")).isOne();
	}

	@Test
	void confirmationWhenTheKeyIsTamperedWithThenNotFoundAndNothingCreated() {
		String token = token();
		post(token, registration("Wingtip Toys", "wingtip.test", "rosa@wingtip.test"));
		String confirmation = RegistrationMail.confirmationPath(this.jdbc, "rosa@wingtip.test");
		String key = confirmation.substring(confirmation.lastIndexOf('/') + 1);
		Map<String, Long> before = counts();

		for (int i = 0; i < key.length(); i++) {
			char changed = (key.charAt(i) == 'A') ? 'B' : 'A';
			String tampered = "/registrations/" + key.substring(0, i) + changed + key.substring(i + 1);
			assertThat(this.mvc.post().uri(tampered).with(csrf())).as(tampered).hasStatus(HttpStatus.NOT_FOUND);
		}
		for (String malformed : new String[] { key + "A", key.substring(1), "x".repeat(500), "..%2F" }) {
			assertThat(this.mvc.post().uri("/registrations/" + malformed).with(csrf())).as(malformed)
				.hasStatus4xxClientError();
			assertThat(this.mvc.get().uri("/registrations/" + malformed)).as(malformed).hasStatus4xxClientError();
		}
		assertThat(counts()).isEqualTo(before);
	}

	private MvcTestResult post(String token, MultiValueMap<String, String> form) {
		return this.mvc.post().uri("/invitations/{token}/register", token).params(form).with(csrf()).exchange();
	}

	private static MultiValueMap<String, String> registration(String company, String domain, String email) {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("companyName", company);
		form.add("domain", domain);
		form.add("country", "ES");
		form.add("adminName", "Rosa Díaz");
		form.add("email", email);
		form.add("password", PASSWORD);
		form.add("passwordConfirmation", PASSWORD);
		return form;
	}

	private String token() {
		PortalUser ana = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
		return this.links.invitationFor(ana.partnerId(), true, ana.actor()).token();
	}

	private Map<String, Long> counts() {
		this.entityManager.flush();
		return Map.of("customers", count("select count(*) from customer"), "accounts",
				count("select count(*) from user_account"), "activity", count("select count(*) from activity_log"),
				"registrations", count("select count(*) from pending_registration"), "used",
				count("select count(*) from pending_registration where used_at is not null"), "mail",
				count("select count(*) from outgoing_mail"));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
