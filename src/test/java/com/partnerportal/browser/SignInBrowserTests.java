package com.partnerportal.browser;

import org.junit.jupiter.api.Test;

import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTests extends BrowserTest {

	@Test
	void signInWhenPartnerGlobalAdminThenLandsOnCustomers() {
		signIn("ga@fabrikam.test");

		assertThat(this.browser.getCurrentUrl()).endsWith("/partner/customers");
		assertThat(pageText()).contains("Customers").contains("Adatum Italia");
		screenshot("partner-customers");
	}

	@Test
	void signInWhenPasswordIsWrongThenSaysSoWithoutNamingWhichPart() {
		open("/login?lang=en");
		find("#username").sendKeys("ga@fabrikam.test");
		find("#password").sendKeys("not-the-password");
		find("form.stacked button[type=submit]").click();
		// The answer is the sign-in page again: wait for it, not the page the click left.
		waitFor().until(ExpectedConditions.urlContains("/login?error"));

		assertThat(pageText()).contains("The e-mail address or password is not right");
	}

}
