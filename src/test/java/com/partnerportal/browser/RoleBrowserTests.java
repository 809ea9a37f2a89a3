package com.partnerportal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees where the portal refuses: a role without the right, and an invitation
 * link that was changed.
 */
class RoleBrowserTests extends BrowserTest {

	@Test
	void requestRelationshipWhenSalesAgentThenNoButtonAndTheUrlIsRefused() {
		signIn("sales@fabrikam.test");

		assertThat(find("h1").getText()).isEqualTo("Customers");
		assertThat(pageText()).contains("Adatum Italia").doesNotContain("Request a reseller relationship");
		assertThat(this.browser.findElements(By.cssSelector("a[href*='/partner/relationship-requests']"))).isEmpty();

		open("/partner/relationship-requests/new");

		assertThat(httpStatus()).isEqualTo(403);
		assertThat(find("h1").getText()).isEqualTo("Access denied");
		assertThat(pageText()).contains("Your account does not have permission to open this page")
			.doesNotContain("Include delegated administration privileges");
		screenshot("access-denied");
	}

	@Test
	void openInvitationWhenOneCharacterOfTheTokenChangedThenNotFoundPage() {
		signIn("ga@fabrikam.test");
		this.browser.findElement(By.linkText("Request a reseller relationship")).click();
		waitFor().until(ExpectedConditions.urlContains("/partner/relationship-requests/new"));
		find("#request-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("/partner/relationship-requests/draft"));
		String link = find("#invitation-link").getDomProperty("value");
		signOut();

		this.browser.get(link);
		assertThat(httpStatus()).isEqualTo(200);
		assertThat(find("h1").getText()).isEqualTo("Fabrikam Cloud Partners invites your organisation");

		this.browser.get(tampered(link));

		assertThat(httpStatus()).isEqualTo(404);
		assertThat(find("h1").getText()).isEqualTo("Page not found");
		assertThat(pageText()).contains("This page does not exist or is no longer available")
			.doesNotContain("Fabrikam");
		screenshot("invitation-not-found");

		// A customer who reads another language can switch on this page too.
		find("nav.languages a[hreflang='es']").click();
		waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
		assertThat(httpStatus()).isEqualTo(404);
		assertThat(find("h1").getText()).isEqualTo("No se encuentra la página");
	}

	/**
	 * @param link an invitation link
	 * @return the same link with one character of its token's signature changed
	 */
	private static String tampered(String link) {
		int at = link.length() - 5;
		char original = link.charAt(at);
		char changed = (original == 'A') ? 'B' : 'A';
		return link.substring(0, at) + changed + link.substring(at + 1);
	}

	/**
	 * @return the HTTP status of the page the browser shows, as the browser received it
	 */
	private int httpStatus() {
		return ((Number) this.browser
			.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus")).intValue();
	}

}
