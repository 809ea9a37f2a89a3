package com.partnerportal.preferences;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@PortalTest
@Transactional
class PreferencesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void settingsWhenSignedInThenShowTheLanguageAndTimeZoneChoices() {
		assertThat(this.mvc.get().uri("/account/preferences").with(this.demo.signedIn("ga@adatum.test"))).hasStatusOk()
			.bodyText()
			.contains("Your settings")
			.contains("(UTC) Coordinated Universal Time", "Madrid")
			.contains("Русский");
	}

	@Test
	void settingsWhenSavedThenStoredOnTheAccountAndTimesShownInTheNewZone() {
		// The demo dates relationships relative to the day it starts; this one is set to
		// an hour whose date differs between UTC and Pago Pago (rolled back).
		this.jdbc
			.sql("update reseller_relationship set since = timestamp with time zone '2025-06-07 08:00:00+00'"
					+ " where customer_id = (select id from customer where domain = 'adatum.test')")
			.update();
		PortalUser asSignedIn = this.demo.user("ga@fabrikam.test");
		MvcTestResult saved = this.mvc.post()
			.uri("/account/preferences")
			.with(user(asSignedIn))
			.with(csrf())
			.param("language", "en")
			.param("timeZone", "Pacific/Pago_Pago")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection().flash().containsKey("flashMessage");
		this.entityManager.flush();

		assertThat(this.jdbc.sql("select time_zone from user_account where email = 'ga@fabrikam.test'")
			.query(String.class)
			.single()).isEqualTo("Pacific/Pago_Pago");
		// The session still holds the user as it signed in, without a zone; the next
		// request acts with the account as it is now. Adatum became Fabrikam's customer
		// on 7 June 2025 at 08:00 UTC: the evening before in Pago Pago.
		assertThat(this.mvc.get().uri("/partner/customers?q=Adatum").with(user(asSignedIn))).bodyText()
			.contains("Jun 6, 2025")
			.doesNotContain("Jun 7, 2025");
	}

	@Test
	void settingsWhenValuesAreNotInTheListsThenFormErrorsAndNothingStored() {
		assertThat(this.mvc.post()
			.uri("/account/preferences")
			.with(this.demo.signedIn("ga@fabrikam.test"))
			.with(csrf())
			.param("language", "xx")
			.param("timeZone", "Mars/Olympus")).hasStatusOk()
			.bodyText()
			.contains("Choose one of the languages in the list")
			.contains("Choose one of the time zones in the list");
		this.entityManager.flush();
		assertThat(this.jdbc.sql("select time_zone from user_account where email = 'ga@fabrikam.test'")
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void settingsWhenPostedWithoutCsrfTokenThenRefused() {
		assertThat(this.mvc.post()
			.uri("/account/preferences")
			.with(this.demo.signedIn("ga@fabrikam.test"))
			.param("language", "es")
			.param("timeZone", "Europe/Madrid")).hasStatus(403);
	}

}
