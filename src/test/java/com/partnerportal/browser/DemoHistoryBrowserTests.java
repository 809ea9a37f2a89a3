package com.partnerportal.browser;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What someone trying the demo sees first on the activity page, which opens on the last
 * 30 days: entries, not an empty page, for a partner in the Germany cloud, for a customer
 * of the US Government cloud partner and for Adatum, the customer the README names, in
 * English and in Italian.
 */
class DemoHistoryBrowserTests extends BrowserTest {

	@Autowired
	MessageSource messages;

	@Test
	void activityPageWhenDemoPartnerOrCustomerSignsInThenOpensOnRecentEntriesInEnglishAndItalian() {
		for (Persona persona : List.of(new Persona("ga@lamna.test", "partner"),
				new Persona("admin@fourth-coffee-federal.test", "customer"),
				new Persona("ga@adatum.test", "customer"))) {
			String email = persona.email();
			String area = persona.area();
			signIn(email);
			for (String language : List.of("it", "en")) {
				open("/" + area + "/activity?lang=" + language);
				Locale locale = Locale.forLanguageTag(language);

				assertThat(find("h1").getText()).as("%s in %s", email, language)
					.isEqualTo(this.messages.getMessage("activity.heading", null, locale));
				assertThat(this.browser.findElements(By.cssSelector("table tbody tr"))).as("%s in %s", email, language)
					.isNotEmpty();
				assertThat(pageText()).as("%s in %s", email, language)
					.doesNotContain(this.messages.getMessage("activity.empty", null, locale))
					.contains(this.messages.getMessage("activity.action.SUBSCRIPTION_SEATS_ADDED", null, locale));
			}
			screenshot("demo-activity-" + email.substring(email.indexOf('@') + 1, email.lastIndexOf('.')));
			signOut();
		}
	}

	/**
	 * Someone of the demo, and the part of the portal their activity page is in.
	 */
	private record Persona(String email, String area) {
	}

}
