package com.partnerportal.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.AccountLanguages;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.RegistrationMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's Global admin on a phone (390 CSS pixels wide), in two languages, is told in
 * the portal that customers accepted its invitation: the bell counts what is unread, the
 * Notifications page lists it, opening one goes to the customers and marks it read, "mark
 * all as read" empties the count, and an e-mail choice turned off on Settings stays off.
 * Every page fits the phone, and axe finds no violation on it.
 */
class NotificationBrowserTests extends BrowserTest {

	private static final String PARTNER_ADMIN = "ga@lamna.test";

	private static final String PASSWORD = "a long enough passphrase";

	@BeforeEach
	void phoneSized() {
		emulatePhoneScreen();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "en | Notifications | accepted the invitation from Lamna Cloud GmbH | Mark all as read"
					+ " | All your notifications are marked as read. | Save e-mail choices | Your e-mail choices are saved.",
					"it | Notifiche | ha accettato l'invito di Lamna Cloud GmbH | Segna tutte come lette"
							+ " | Tutte le tue notifiche sono segnate come lette. | Salva le scelte per le e-mail"
							+ " | Le tue scelte per le e-mail sono salvate." })
	void bellListAndSettingsWhenCustomersAcceptThenThePartnerIsToldInItsLanguage(String language, String title,
			String accepted, String markAllRead, String allRead, String saveMailChoices, String mailChoicesSaved) {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		AccountLanguages stored = AccountLanguages.remember(jdbc, List.of(PARTNER_ADMIN));
		try {
			signIn(PARTNER_ADMIN);
			open("/notifications?lang=" + language);
			assertThat(find("html").getDomAttribute("lang")).isEqualTo(language);
			markAllReadIfAnyUnread();
			assertThat(this.browser.findElements(By.cssSelector("a.bell .bell-count"))).as("nothing unread").isEmpty();

			String first = customerAccepts(jdbc);
			String second = customerAccepts(jdbc);
			awaitUnread(2);
			assertThat(find("a.bell").getDomAttribute("aria-label")).contains(title).contains("2");

			find("a.bell").click();
			waitFor().until(ExpectedConditions.urlMatches("/notifications$"));
			assertThat(find("h1").getText()).isEqualTo(title);
			assertThat(unread(first)).as("%s unread", first).isTrue();
			assertThat(entry(first).getText()).contains(first + " " + accepted);
			assertThat(unread(second)).as("%s unread", second).isTrue();
			assertFitsWithNoAxeViolation("notifications-" + language);

			entry(first).findElement(By.cssSelector("button[type=submit]")).click();
			waitFor().until(ExpectedConditions.urlMatches("/partner/customers$"));
			assertThat(find(".bell-count").getText()).as("one less unread").isEqualTo("1");
			find("a.bell").click();
			waitFor().until(ExpectedConditions.urlMatches("/notifications$"));
			assertThat(unread(first)).as("%s unread", first).isFalse();
			assertThat(unread(second)).as("%s unread", second).isTrue();

			this.browser.findElement(By.xpath("//button[normalize-space()=\"" + markAllRead + "\"]")).click();
			// The same page again, with the confirmation.
			waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), allRead));
			assertThat(this.browser.findElements(By.cssSelector("a.bell .bell-count"))).isEmpty();
			assertThat(this.browser.findElements(By.cssSelector("ul.notifications li.unread"))).isEmpty();
			assertFitsWithNoAxeViolation("notifications-all-read-" + language);

			open("/account/preferences");
			WebElement acceptances = find("#mail-INVITATION_ACCEPTED");
			assertThat(acceptances.isSelected()).isTrue();
			acceptances.click();
			this.browser.findElement(By.xpath("//button[normalize-space()=\"" + saveMailChoices + "\"]")).click();
			waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), mailChoicesSaved));
			this.browser.navigate().refresh();
			assertThat(find("#mail-INVITATION_ACCEPTED").isSelected()).as("stays unticked").isFalse();
			assertThat(find("#mail-INVITATION_DECLINED").isSelected()).as("the others stay ticked").isTrue();
			assertFitsWithNoAxeViolation("notification-settings-" + language);
		}
		finally {
			stored.restore();
			jdbc.sql("delete from notification_mail_opt_out"
					+ " where account_id = (select id from user_account where email = ?)")
				.param(PARTNER_ADMIN)
				.update();
		}
	}

	private void markAllReadIfAnyUnread() {
		if (!this.browser.findElements(By.cssSelector("a.bell .bell-count")).isEmpty()) {
			WebElement markAllRead = find("form[action$='/notifications/read'] button[type=submit]");
			markAllRead.click();
			waitFor().until(ExpectedConditions.stalenessOf(markAllRead));
		}
	}

	/**
	 * A new organisation registers through the partner's invitation and accepts it, over
	 * HTTP, as another person elsewhere would.
	 * @return its name
	 */
	private String customerAccepts(JdbcClient jdbc) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String company = "Bell Tiles " + id;
		String invitation = RegistrationMail
			.invitationFromTheDraftEmail(new PortalHttpClient(url(""), "en").signIn(PARTNER_ADMIN, "demo-password"));
		PortalHttpClient customer = new PortalHttpClient(url(""), "en");
		RegistrationMail.registerAndConfirm(customer, invitation, RegistrationMail.registrationForm(company,
				"bell-" + id + ".test", "Bea Bell " + id, "bea@bell-" + id + ".test", PASSWORD), jdbc);
		customer.get(invitation + "/accept");
		assertThat(customer.post(invitation + "/accept", Map.of("agreementAccepted", "true")).status()).isEqualTo(302);
		return company;
	}

	/**
	 * Reloads the page until the bell counts that many unread: notifications are written
	 * after the change's commit.
	 */
	private void awaitUnread(int count) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((driver) -> {
			driver.navigate().refresh();
			List<WebElement> counts = driver.findElements(By.cssSelector("a.bell .bell-count"));
			return !counts.isEmpty() && counts.get(0).getText().equals(String.valueOf(count));
		});
	}

	private boolean unread(String customer) {
		String classes = entry(customer).getDomAttribute("class");
		return classes != null && classes.contains("unread");
	}

	private WebElement entry(String customer) {
		return this.browser.findElement(
				By.xpath("//ul[@class='notifications']/li[.//p[contains(@class, 'notification-text')][contains(., '"
						+ customer + "')]]"));
	}

}
