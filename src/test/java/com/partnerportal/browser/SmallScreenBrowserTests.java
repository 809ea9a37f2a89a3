package com.partnerportal.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.AccountLanguages;
import com.partnerportal.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390 CSS pixels wide) no page scrolls sideways: every page the navigation
 * reaches, and the pages a table opens onto, for each kind of user, in English and in
 * Russian, whose long words are the hardest to fit.
 */
class SmallScreenBrowserTests extends BrowserTest {

	private static final int PHONE_WIDTH = 390;

	@Autowired
	DemoAccounts demo;

	@BeforeEach
	void phoneSizedScreen() {
		// The browser's own window cannot be made this narrow; the device metrics can, as
		// the developer tools' phone view does.
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "agent@fabrikam.test, en", "agent@fabrikam.test, ru", "ga@contoso.test, en", "ga@contoso.test, ru",
			"ga@adatum.test, ru", "admin@portal.test, en", "admin@portal.test, ru" })
	void everyPageWhenOnAPhoneThenNothingScrollsSideways(String persona, String language) {
		// Choosing a language stores it on the account: put back what the demo data had,
		// for the tests that read these accounts' pages in the browser's language.
		AccountLanguages stored = AccountLanguages.remember(JdbcClient.create(this.dataSource), List.of(persona));
		try {
			visitEveryPage(persona, language);
		}
		finally {
			stored.restore();
		}
	}

	private void visitEveryPage(String persona, String language) {
		signIn(persona);
		open("/?lang=" + language);
		Set<String> pages = new LinkedHashSet<>(navigationLinks());
		pages.addAll(pagesBehindTables(persona));
		assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
		List<String> tooWide = new ArrayList<>();
		for (String page : pages) {
			open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
			assertThat(find("html").getDomAttribute("lang")).isEqualTo(language);
			@SuppressWarnings("unchecked")
			List<Long> widths = (List<Long>) this.browser
				.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
						+ " window.innerWidth];");
			assertThat(widths.get(2)).as(page).isEqualTo(PHONE_WIDTH);
			if (widths.get(0) > widths.get(1)) {
				tooWide.add(page + " is " + widths.get(0) + " px wide");
				screenshot("small-screen-" + persona.replaceAll("\\W", "-") + "-" + language + "-"
						+ page.replaceAll("\\W", "-"));
			}
		}
		assertThat(tooWide).as("pages wider than the phone").isEmpty();
	}

	private List<String> navigationLinks() {
		List<String> links = new ArrayList<>();
		for (WebElement link : this.browser.findElements(By.cssSelector("nav ul.nav a, .user-menu a"))) {
			links.add(path(link.getDomAttribute("href")));
		}
		return links;
	}

	/** Pages a person reaches from the tables: an expanded customer, a confirmation. */
	private List<String> pagesBehindTables(String persona) {
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		return switch (persona) {
			case "agent@fabrikam.test" -> List.of("/partner/customers?expand=" + this.demo.customerId("adatum.test"),
					"/partner/customers/" + this.demo.customerId("adatum.test") + "/subscriptions",
					"/partner/customers/" + this.demo.customerId("adatum.test") + "/relationship/remove",
					"/partner/relationship-requests/new", "/partner/relationship-requests/draft?delegatedAdmin=true");
			case "ga@adatum.test" ->
				List.of("/customer/partner-relationships/delegated-admin/remove?partner=" + fabrikam,
						"/customer/partner-relationships/delegated-admin/remove?scope=all");
			case "admin@portal.test" -> List.of("/admin/mail");
			default -> List.of();
		};
	}

	private static String path(String href) {
		return href.replaceFirst("^https?://[^/]+", "");
	}

}
