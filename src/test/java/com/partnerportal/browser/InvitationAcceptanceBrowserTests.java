package com.partnerportal.browser;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.partnerportal.browser.CustomerJourney.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new customer follows Fabrikam's invitation link with delegated admin, registers its
 * organisation, reads and accepts the customer agreement and accepts the invitation.
 */
class InvitationAcceptanceBrowserTests extends BrowserTest {

	@Test
	void acceptWhenNewCustomerRegistersThroughDelegatedAdminLinkThenFabrikamHoldsDelegatedAdmin() {
		CustomerJourney journey = new CustomerJourney(this);
		String link = journey.delegatedAdminInvitationLink();

		journey.openInvitation(link);
		assertThat(find("h1").getText()).isEqualTo("Fabrikam Cloud Partners invites your organisation");
		assertThat(texts("section ul li")).containsExactly("Azure Active Directory", "Office 365");
		assertThat(find("a.button[href$='/register']").getText()).isEqualTo("Create your organisation\u2019s account");
		screenshot("invitation-landing");

		journey.chooseToRegister();
		assertThat(find("h1").getText()).isEqualTo("Create your organisation\u2019s account");
		journey.fillInRegistration();
		assertThat(find("#country option:checked").getText()).isEqualTo("Spain");
		screenshot("register");
		journey.submitRegistration();
		assertThat(find("h1").getText()).isEqualTo("Check your inbox");
		assertThat(pageText()).contains("We sent a message to " + journey.email);
		screenshot("register-sent");
		journey.confirmRegistration();

		assertThat(find(".flash").getText()).isEqualTo(
				"The account of " + journey.companyName + " is ready, and you are signed in as its Global admin.");
		assertThat(find("h1").getText()).isEqualTo("Accept the invitation from " + PARTNER);
		assertThat(find(".user-menu").getText()).contains(journey.adminName, journey.companyName);

		readCustomerAgreement();

		journey.tickAgreement();
		assertThat(find("#agreementAccepted").isSelected()).isTrue();
		screenshot("accept");
		journey.acceptAndAuthorize();

		assertThat(find("h1").getText()).isEqualTo("Partner relationships");
		assertThat(find(".flash").getText()).isEqualTo("You accepted the invitation from " + PARTNER + ". " + PARTNER
				+ " is now your partner, with delegated administration for Azure Active Directory, Office 365.");
		assertThat(partnerRow("Partners").getText()).contains("Spain", "Reseller", "2 services");
		assertThat(partnerRow("Azure Active Directory").findElement(By.cssSelector(".badge.on")).getText())
			.isEqualTo("Delegated admin");
		assertThat(partnerRow("Office 365").findElement(By.cssSelector(".badge.on")).getText())
			.isEqualTo("Delegated admin");
		screenshot("partner-relationships");
	}

	/**
	 * The agreement opens in a new tab, so the accept page and its ticked box stay as
	 * they were; the customer reads it and closes the tab.
	 */
	private void readCustomerAgreement() {
		String acceptPage = this.browser.getWindowHandle();
		Set<String> before = this.browser.getWindowHandles();
		WebElement agreement = this.browser.findElement(By.linkText("Read the customer agreement"));
		assertThat(agreement.getDomAttribute("target")).isEqualTo("_blank");
		agreement.click();
		waitFor().until(ExpectedConditions.numberOfWindowsToBe(before.size() + 1));
		String agreementTab = this.browser.getWindowHandles()
			.stream()
			.filter((handle) -> !before.contains(handle))
			.findFirst()
			.orElseThrow();

		this.browser.switchTo().window(agreementTab);
		waitFor().until(ExpectedConditions.urlMatches("/customer-agreement$"));
		assertThat(find("h1").getText()).isEqualTo("Customer agreement");
		assertThat(pageText()).contains("Version");
		this.browser.close();

		this.browser.switchTo().window(acceptPage);
		assertThat(find("h1").getText()).isEqualTo("Accept the invitation from " + PARTNER);
	}

	/**
	 * @param table "Partners" for the table of partners, or a service's name for its
	 * table
	 * @return Fabrikam's row in that table
	 */
	private WebElement partnerRow(String table) {
		return this.browser.findElement(By.xpath("//h2[normalize-space()='" + table + "']"
				+ "/following::table[1]//tr[th[normalize-space()='" + PARTNER + "']]"));
	}

	private List<String> texts(String css) {
		return this.browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
