package com.partnerportal;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The password policy on every form that sets a password: a customer registering through
 * the invitation link, a platform admin creating a partner with its first Global admin,
 * and a partner Global admin adding a user. Each refuses a short password, the e-mail
 * address and a common password with a message in the user's language, and creates no
 * account.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PasswordFormsTests {

	private static final String EMAIL = "new.person@wingtip.test";

	/** The refused password and the English message each form shows for it. */
	private static final Map<String, String> REFUSED = Map.of("short-pass1", "12 characters", EMAIL, "e-mail address",
			"Password1234", "one of the first that attackers try");

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
