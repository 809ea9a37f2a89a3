package com.partnerportal.browser;

import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A new customer's way into the portal through Fabrikam's invitation link, step by step
 * as the people involved click through it. Each journey registers an organisation of its
 * own, with a unique name and domain, so tests sharing the running portal never meet.
 */
final class CustomerJourney {

	static final String PARTNER = "Fabrikam Cloud Partners";

	static final String PARTNER_ADMIN = "ga@fabrikam.test";

	private static final String PASSWORD = "browser-journey-password";

	private final BrowserTest test;

	final String companyName;

	final String domain;

	final String adminName;

	final String email;

	CustomerJourney(BrowserTest test) {
		this.test = test;
		String id = UUID.randomUUID().toString().substring(0, 8);
		this.companyName = "Navarra Tiles " + id;
		this.domain = "navarra-" + id + ".test";
		this.adminName = "Lucía Navarro " + id;
		this.email = "lucia@" + this.domain;
	}

	/**
	 * Registers the organisation through the invitation and accepts it, agreement
	 * included, without stopping to look at the pages on the way.
	 * @return this journey, ended with the customer's Global admin signed in on Partner
	 * relationships
	 */
	CustomerJourney registerAndAccept() {
		openInvitation(delegatedAdminInvitationLink());
		chooseToRegister();
		fillInRegistration();
		submitRegistration();
		confirmRegistration();
		tickAgreement();
		acceptAndAuthorize();
		return this;
	}

	/**
	 * Fabrikam's Global admin asks for a relationship with delegated admin, reads the
	 * invitation link on the draft email page and signs out.
	 * @return the link, as the partner would paste it into an email
	 */
	String delegatedAdminInvitationLink() {
		this.test.signIn(PARTNER_ADMIN);
		this.test.find("a.button[href$='/partner/relationship-requests/new']").click();
		WebElement delegatedAdmin = this.test.find("#request-form input[type=checkbox][name=includeDelegatedAdmin]");
		if (!delegatedAdmin.isSelected()) {
			delegatedAdmin.click();
		}
		this.test.find("#request-form button[type=submit]").click();
		this.test.waitFor()
			.until(ExpectedConditions.urlContains("/partner/relationship-requests/draft?delegatedAdmin=true"));
		String link = this.test.find("#invitation-link").getDomProperty("value");
		this.test.signOut();
		return link;
	}

	void openInvitation(String link) {
		this.test.browser.get(link);
	}

	void chooseToRegister() {
		this.test.find("a.button[href$='/register']").click();
		this.test.waitFor().until(ExpectedConditions.urlMatches("/invitations/[^/]+/register$"));
	}

	void fillInRegistration() {
		type("companyName", this.companyName);
		type("domain", this.domain);
		new Select(this.test.find("#country")).selectByValue("ES");
		type("adminName", this.adminName);
		type("email", this.email);
		type("password", PASSWORD);
		type("passwordConfirmation", PASSWORD);
	}

	/**
	 * Sends the form, which is answered with a mail to the address.
	 */
	void submitRegistration() {
		this.test.find("form.stacked button.primary[type=submit]").click();
		this.test.waitFor().until(ExpectedConditions.urlMatches("/invitations/[^/]+/register/sent$"));
	}

	/**
	 * Follows the link in the mail, which creates the account, signs its Global admin in
	 * and goes on to the accept page.
	 */
	void confirmRegistration() {
		this.test.confirmRegistration(this.email);
	}

	void tickAgreement() {
		WebElement box = this.test.find("#agreementAccepted");
		if (!box.isSelected()) {
			box.click();
		}
	}

	void acceptAndAuthorize() {
		this.test.browser.findElement(By.xpath("//button[normalize-space()='Accept & authorize']")).click();
		this.test.waitFor().until(ExpectedConditions.urlMatches("/customer/partner-relationships$"));
	}

	private void type(String field, String text) {
		WebElement input = this.test.find("#" + field);
		input.clear();
		input.sendKeys(text);
	}

}
