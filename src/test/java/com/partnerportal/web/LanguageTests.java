package com.partnerportal.web;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@Transactional
class LanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void pageWhenBrowserPrefersASupportedLanguageThenIsInThatLanguage() {
		assertThat(this.mvc.get().uri("/login").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ru\"");
	}

	@Test
	void pageWhenBrowserPrefersAnotherVariantOfALanguageThenUsesOurs() {
		assertThat(this.mvc.get().uri("/login").header("Accept-Language", "pt-PT")).bodyText()
			.contains("<html lang=\"pt-BR\"");
	}

	@Test
	void pageWhenBrowserPrefersOnlyUnsupportedLanguagesThenIsInEnglish() {
		assertThat(this.mvc.get().uri("/login").header("Accept-Language", "de-DE,fr;q=0.8")).bodyText()
			.contains("<html lang=\"en\"");
	}

	@Test
	void languageMenuWhenChosenThenRemembersTheChoiceInACookieOverTheBrowserLanguage() {
		var switched = this.mvc.get().uri("/login?lang=it").header("Accept-Language", "es");
		assertThat(switched).hasStatusOk().cookies().containsCookie(PortalLocaleResolver.COOKIE);
		assertThat(switched).bodyText().contains("<html lang=\"it\"");

		assertThat(this.mvc.get()
			.uri("/login")
			.header("Accept-Language", "es")
			.cookie(new Cookie(PortalLocaleResolver.COOKIE, "it"))).bodyText().contains("<html lang=\"it\"");
	}

	@Test
	void languageMenuWhenSignedInThenStoresTheChoiceOnTheAccount() {
		this.mvc.get().uri("/partner/customers?lang=es").with(this.demo.signedIn("ga@fabrikam.test")).exchange();
		this.entityManager.flush();

		String stored = this.jdbc.sql("select locale from user_account where email = 'ga@fabrikam.test'")
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("es");
	}

	@Test
	void languageMenuWhenValueIsNotALanguageThenThePageStillRenders() {
		assertThat(this.mvc.get().uri("/login?lang=%3Cscript%3E")).hasStatusOk();
	}

	@Test
	void languageMenuWhenRenderedThenLinksToTheSamePageInEveryLanguage() {
		assertThat(this.mvc.get().uri("/login?signedOut")).bodyText()
			.contains("/login?signedOut&amp;lang=es")
			.contains("Русский")
			.contains("Português (Brasil)");
	}

}
