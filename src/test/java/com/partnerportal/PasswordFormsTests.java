package com.partnerportal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The password policy on every form that sets a password: a customer registering through
 * the invitation link, a platform admin creating a partner with its first Global admin,
 * and a partner Global admin adding a user. Each refuses a short password, the e-mail
 * address and a common password with a message in the user's language, and creates no
 * account. Over real HTTP, signed in through the sign-in form, each also refuses what
 * only looks long enough: spaces or tabs alone, emoji counted in UTF-16 units, one
 * character repeated, one character padded with spaces.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Transactional
class PasswordFormsTests {

	private static final String EMAIL = "new.person@wingtip.test";

	/** The refused password and the English message each form shows for it. */
	private static final Map<String, String> REFUSED = Map.of("short-pass1", "12 characters", EMAIL, "e-mail address",
			"Password1234", "one of the first that attackers try");

	/** Passwords that only look long enough, each as the test names it. */
	private static final Map<String, String> LOOK_LONG_ENOUGH = lookLongEnough();

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void registrationWhenPasswordIsWeakThenFormErrorAndNoAccount() {
		String token = invitationToken();
		REFUSED.forEach((password,
				message) -> assertRefused(this.mvc.post()
					.uri("/invitations/{token}/register", token)
					.param("companyName", "Wingtip Toys")
					.param("domain", "wingtip.test")
					.param("country", "PT")
					.param("adminName", "Rosa Díaz")
					.param("email", EMAIL)
					.param("password", password)
					.param("passwordConfirmation", password)
					.with(csrf()), message));
	}

	@Test
	void partnerOnboardingWhenPasswordIsWeakThenFormErrorAndNoAccount() {
		REFUSED.forEach((password, message) -> assertRefused(partnerForm(password), message));
	}

	@Test
	void partnerUserWhenPasswordIsWeakThenFormErrorAndNoAccount() {
		REFUSED.forEach((password, message) -> assertRefused(userForm(password), message));
	}

	@Test
	void everyFormWhenPasswordIsCommonThenSaysSoInTheUsersLanguage() {
		for (MockMvcRequestBuilder form : List.of(partnerForm("Password1234"), userForm("Password1234"))) {
			assertThat(form.param("lang", "es")).hasStatusOk()
				.bodyText()
				.contains("Esta contraseña es de las primeras que prueban los atacantes");
		}
		assertThat(userForm("qwerty123456").param("lang", "ru")).bodyText()
			.contains("Этот пароль злоумышленники пробуют одним из первых");
	}

	@Test
	void everyFormWhenPasswordIsGoodThenCreatesTheAccount() {
		assertThat(userForm("four unrelated words here")).hasStatus3xxRedirection();
		assertThat(accounts()).isOne();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void registrationOverHttpWhenPasswordOnlyLooksLongEnoughThenRefusedInTheUsersLanguage() {
		PortalHttpClient partner = browser().signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");
		Page requested = partner.post("/partner/relationship-requests",
				partner.get("/partner/relationship-requests/new").formWith(Map.of("includeDelegatedAdmin", "true")));
		assertThat(requested.status()).as(requested.body()).isEqualTo(302);
		String link = partner.get("/partner/relationship-requests/draft?delegatedAdmin=true")
			.find("id=\"invitation-link\"[^>]*value=\"([^\"]+)\"");
		String register = link.substring(link.indexOf("/invitations/")) + "/register";
		PortalHttpClient customer = browser();

		LOOK_LONG_ENOUGH.forEach((name, password) -> {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("companyName", "Wingtip Toys");
			form.put("domain", "wingtip.test");
			form.put("country", "PT");
			form.put("adminName", "Rosa Díaz");
			form.put("email", EMAIL);
			form.put("password", password);
			form.put("passwordConfirmation", password);
			Page answer = customer.post(register, customer.get(register).formWith(form));
			assertRefusedInSpanish(name, answer, name.equals("one character repeated")
					? "registration.password.tooCommon" : "registration.password.tooShort");
		});
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void partnerOnboardingOverHttpWhenPasswordOnlyLooksLongEnoughThenRefusedInTheUsersLanguage() {
		PortalHttpClient admin = browser().signIn(DemoAccounts.PLATFORM_ADMIN, "demo-password");

		LOOK_LONG_ENOUGH.forEach((name, password) -> {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("name", "Wingtip Partners");
			form.put("country", "PT");
			form.put("region", "EUROPE");
			form.put("cloud", "PUBLIC");
			form.put("cspMember", "true");
			form.put("adminName", "Rosa Díaz");
			form.put("adminEmail", EMAIL);
			form.put("password", password);
			form.put("passwordConfirmation", password);
			Page answer = admin.post("/admin/partners", admin.get("/admin/partners/new").formWith(form));
			assertRefusedInSpanish(name, answer, name.equals("one character repeated")
					? "admin.partnerForm.password.tooCommon" : "admin.partnerForm.password.length");
		});
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void partnerUserOverHttpWhenPasswordOnlyLooksLongEnoughThenRefusedInTheUsersLanguage() {
		PortalHttpClient globalAdmin = browser().signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");

		LOOK_LONG_ENOUGH.forEach((name, password) -> {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("name", "Rosa Díaz");
			form.put("email", EMAIL);
			form.put("role", "SALES_AGENT");
			form.put("password", password);
			form.put("passwordConfirmation", password);
			Page answer = globalAdmin.post("/partner/users", globalAdmin.get("/partner/users/new").formWith(form));
			assertRefusedInSpanish(name, answer, name.equals("one character repeated") ? "users.form.password.tooCommon"
					: "users.form.password.length");
		});
	}

	private PortalHttpClient browser() {
		return new PortalHttpClient("http://localhost:" + this.port, "es");
	}

	private void assertRefusedInSpanish(String password, Page answer, String messageKey) {
		String message = this.messages.getMessage(messageKey, null, Locale.forLanguageTag("es"));
		assertThat(answer.status()).as(password).isEqualTo(200);
		assertThat(answer.body()).as(password).contains(HtmlUtils.htmlEscape(message, "UTF-8"));
		assertThat(this.jdbc.sql("select count(*) from user_account where email = ?")
			.param(EMAIL)
			.query(Long.class)
			.single()).as(password).isZero();
	}

	private static Map<String, String> lookLongEnough() {
		Map<String, String> passwords = new LinkedHashMap<>();
		passwords.put("twelve spaces", " ".repeat(12));
		passwords.put("twelve tabs", "\t".repeat(12));
		passwords.put("six emoji", "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03\uD83D\uDE04\uD83D\uDE05");
		passwords.put("one character repeated", "aaaaaaaaaaaa");
		passwords.put("one character padded with spaces", "     a      ");
		return passwords;
	}

	private MockMvcRequestBuilder partnerForm(String password) {
		return this.mvc.post()
			.uri("/admin/partners")
			.param("name", "Wingtip Partners")
			.param("country", "PT")
			.param("region", "EUROPE")
			.param("cloud", "PUBLIC")
			.param("adminName", "Rosa Díaz")
			.param("adminEmail", EMAIL)
			.param("password", password)
			.param("passwordConfirmation", password)
			.with(this.demo.signedIn(DemoAccounts.PLATFORM_ADMIN))
			.with(csrf());
	}

	private MockMvcRequestBuilder userForm(String password) {
		return this.mvc.post()
			.uri("/partner/users")
			.param("name", "Rosa Díaz")
			.param("email", EMAIL)
			.param("role", "SALES_AGENT")
			.param("password", password)
			.param("passwordConfirmation", password)
			.with(this.demo.signedIn(DemoAccounts.FABRIKAM_ADMIN))
			.with(csrf());
	}

	private void assertRefused(MockMvcRequestBuilder form, String message) {
		MvcTestResult result = form.param("lang", "en").exchange();
		assertThat(result).hasStatusOk().bodyText().contains(message);
		assertThat(accounts()).isZero();
	}

	private String invitationToken() {
		PortalUser ana = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
		return this.invitationLinks.invitationFor(ana.partnerId(), true, ana.actor()).token();
	}

	private long accounts() {
		this.entityManager.flush();
		return this.jdbc.sql("select count(*) from user_account where email = ?")
			.param(EMAIL)
			.query(Long.class)
			.single();
	}

}
