package com.partnerportal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's language menu, used as a visitor uses it: each of the portal's languages
 * in turn on the sign-in page, then the choice carried on to the pages after signing in.
 * The expected texts are read from the message bundles, so the test checks that the page
 * shows the bundle of the language chosen. Switching before signing in changes nothing
 * stored on the demo account.
 */
class LanguageBrowserTests extends BrowserTest {

	/** The menu's languages, ending with Russian, which the pages after sign-in show. */
	private static final List<String> LANGUAGES = List.of("es", "pt-BR", "it", "en", "ru");

	@Test
	void languageMenuWhenEachLanguageChosenThenPageSpeaksItAndTheChoiceStaysAfterSignIn() {
		// Whatever language the browser asks for first, every entry of the menu is
		// chosen.
		open("/login");

		for (String language : LANGUAGES) {
			find("nav.languages a[hreflang='" + language + "']").click();
			waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));

			Properties common = bundle("common", language);
			assertThat(find("h1").getText()).isEqualTo(common.getProperty("login.heading"));
			assertThat(find("form.stacked button[type=submit]").getText())
				.isEqualTo(common.getProperty("login.submit"));
			assertThat(find("nav.languages a[aria-current=true]").getDomAttribute("hreflang")).isEqualTo(language);
		}
		assertThat(find("h1").getText()).matches(".*\\p{IsCyrillic}+.*").startsWith("Вход");

		// Signing in from the Russian page: the pages after it stay in Russian.
		find("#username").sendKeys("ga@fabrikam.test");
		find("#password").sendKeys("demo-password");
		find("form.stacked button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("/partner/customers"));

		Properties customers = bundle("customers", "ru");
		assertThat(find("html").getDomAttribute("lang")).isEqualTo("ru");
		assertThat(find("h1").getText()).isEqualTo(customers.getProperty("customers.heading")).isEqualTo("Клиенты");
		assertThat(pageText()).contains(customers.getProperty("customers.request"))
			.doesNotContain("Request a reseller relationship");
		screenshot("customers-ru");

		String activityLog = bundle("activity", "ru").getProperty("activity.nav");
		this.browser.findElement(By.linkText(activityLog)).click();
		waitFor().until(ExpectedConditions.urlContains("/partner/activity"));
		assertThat(find("html").getDomAttribute("lang")).isEqualTo("ru");
		assertThat(find("h1").getText()).matches(".*\\p{IsCyrillic}+.*");
	}

	/**
	 * @param name the bundle, such as {@code common}
	 * @param language a language tag of the menu
	 * @return the bundle's file for that language, English being the default file
	 */
	private static Properties bundle(String name, String language) {
		String suffix = language.equals("en") ? "" : "_" + language.replace('-', '_');
		String path = "messages/" + name + suffix + ".properties";
		Properties properties = new Properties();
		try (InputStream in = LanguageBrowserTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
