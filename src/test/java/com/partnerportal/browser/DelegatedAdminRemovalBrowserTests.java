package com.partnerportal.browser;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's Global admin takes delegated admin away from one partner for one service,
 * and the platform admin sees the change. The customer is registered through Fabrikam's
 * invitation link in the test itself, so no other test's data is touched.
 */
class DelegatedAdminRemovalBrowserTests extends BrowserTest {

	private static final String FABRIKAM = "Fabrikam Cloud Partners";

	private static final String SERVICE = "Office 365";

	private static final String OTHER_SERVICE = "Azure Active Directory";

	@Test
	void removeDelegatedAdminWhenCustomerConfirmsThenPartnerStaysAndPlatformAdminSeesPairWithout() {
		String invitationLink = fabrikamInvitationLinkWithDelegatedAdmin();
		String company = "Removal Test " + UUID.randomUUID().toString().substring(0, 8);
		registerAndAccept(invitationLink, company);

		// The customer's Global admin removes Fabrikam's delegated admin for one service.
		find("a[aria-label='Remove delegated admin of " + FABRIKAM + " for " + SERVICE + "']").click();
		waitFor().until(ExpectedConditions.urlContains("/delegated-admin/remove"));
		assertThat(pageText()).contains(FABRIKAM + " will no longer have delegated admin privileges for " + SERVICE)
			.contains("Your relationship with " + FABRIKAM + " stays: it remains your reseller");
		screenshot("remove-delegated-admin-confirm");
		find("form[action$='/delegated-admin/remove'] button.danger").click();
		waitFor().until(ExpectedConditions.urlMatches("/customer/partner-relationships$"));

		assertThat(find(".flash").getText()).isEqualTo("Delegated admin privileges removed: " + FABRIKAM
				+ " can no longer administer " + SERVICE + ". It remains your partner.");
		assertThat(partnerRow("Partners with a relationship with your organisation").getText()).contains("Reseller")
			.contains("1 service");
		assertThat(partnerRow("Partners for " + SERVICE).getText()).contains("No delegated admin");
		assertThat(partnerRow("Partners for " + OTHER_SERVICE).getText()).contains("Delegated admin since");
		signOut();

		// The platform admin finds the pair, still in force, without delegated admin.
		signIn("admin@portal.test");
		this.browser.findElement(By.linkText("Relationships per service")).click();
		waitFor().until(ExpectedConditions.urlContains("/admin/relationships"));
		screenshot("admin-relationships-all");
		new Select(find("#service")).selectByVisibleText(SERVICE);
		find("#customer").sendKeys(company);
		find("form[role=search] button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("customer="));

		assertThat(find("#pairs-heading").getText()).isEqualTo("Relationships for " + SERVICE);
		assertThat(pairs()).containsExactly(company + " | " + FABRIKAM + " | Reseller | Not held");
		screenshot("admin-relationships");

		// For the other service the partner still holds it.
		new Select(find("#service")).selectByVisibleText(OTHER_SERVICE);
		find("form[role=search] button[type=submit]").click();
		waitFor().until(ExpectedConditions.textToBe(By.id("pairs-heading"), "Relationships for " + OTHER_SERVICE));
		assertThat(pairs()).containsExactly(company + " | " + FABRIKAM + " | Reseller | Held");
	}

	/**
	 * Fabrikam's Global admin asks for a relationship with delegated admin and reads the
	 * link from the draft email.
	 */
	private String fabrikamInvitationLinkWithDelegatedAdmin() {
		signIn("ga@fabrikam.test");
		this.browser.findElement(By.linkText("Request a reseller relationship")).click();
		waitFor().until(ExpectedConditions.urlContains("/partner/relationship-requests/new"));
		assertThat(find("input[type=checkbox][name=includeDelegatedAdmin]").isSelected()).isTrue();
		find("#request-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("/partner/relationship-requests/draft"));

		assertThat(pageText()).contains("Asks for delegated administration privileges");
		String link = find("#invitation-link").getDomProperty("value");
		assertThat(find("#body").getDomProperty("value")).contains(link);
		screenshot("draft-email");
		signOut();
		return link;
	}

	/**
	 * Registers a new organisation through the link and accepts the invitation with the
	 * customer agreement, landing on Partner relationships.
	 */
	private void registerAndAccept(String invitationLink, String company) {
		this.browser.get(invitationLink);
		assertThat(find("h1").getText()).isEqualTo(FABRIKAM + " invites your organisation");
		this.browser.findElement(By.linkText("Create your organisation\u2019s account")).click();
		waitFor().until(ExpectedConditions.urlContains("/register"));

		String domain = company.toLowerCase().replace(' ', '-') + ".test";
		find("#companyName").sendKeys(company);
		find("#domain").sendKeys(domain);
		assertThat(new Select(find("#country")).getFirstSelectedOption().getText()).isEqualTo("Spain");
		find("#adminName").sendKeys("Rosa Removal");
		find("#email").sendKeys("admin@" + domain);
		find("#password").sendKeys("a long enough password");
		find("#passwordConfirmation").sendKeys("a long enough password");
		find("form.stacked button[type=submit]").click();
		confirmRegistration("admin@" + domain);

		assertThat(pageText()).contains("I have read and accept the customer agreement");
		screenshot("accept-invitation");
		find("input[type=checkbox][name=agreementAccepted]").click();
		this.browser.findElement(By.xpath("//button[normalize-space()='Accept & authorize']")).click();
		waitFor().until(ExpectedConditions.urlMatches("/customer/partner-relationships$"));

		assertThat(find(".flash").getText()).startsWith("You accepted the invitation from " + FABRIKAM);
		screenshot("partner-relationships");
	}

	/**
	 * @param caption the caption of one of the Partner relationships tables
	 * @return Fabrikam's row in it
	 */
	private WebElement partnerRow(String caption) {
		return this.browser.findElement(By.xpath("//table[caption[normalize-space()='" + caption
				+ "']]/tbody/tr[th[normalize-space()='" + FABRIKAM + "']]"));
	}

	/**
	 * @return the customer, partner, relationship and delegated admin of each pair shown
	 */
	private List<String> pairs() {
		return this.browser.findElements(By.cssSelector("table[aria-labelledby=pairs-heading] tbody tr"))
			.stream()
			.map((row) -> row.findElements(By.tagName("td"))
				.stream()
				.limit(4)
				.map(WebElement::getText)
				.collect(Collectors.joining(" | ")))
			.toList();
	}

}
