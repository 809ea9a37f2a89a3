package com.partnerportal.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.partnerportal.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages of each kind of user, with their scripts at work, in a browser that
 * enforces the Content Security Policy: nothing on them is blocked by it. A policy that
 * blocked a script would otherwise only show as a feature that silently stops working.
 */
class ContentSecurityPolicyBrowserTests extends BrowserTest {

	/**
	 * Runs before any script of each page, so that it hears every violation the browser
	 * reports for the page.
	 */
	private static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(
				event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.documentURI));
			""";

	@BeforeEach
	void recordViolations() {
		this.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
	}

	@Test
	void violationsWhenThePageAddsAnInlineScriptThenTheBrowserBlocksAndReportsIt() {
		open("/login?lang=en");

		this.browser.executeScript("""
				const script = document.createElement('script');
				script.textContent = 'window.inlineRan = true';
				document.head.appendChild(script);
				""");

		waitFor().until((driver) -> !violations().isEmpty());
		assertThat(violations()).first().asString().startsWith("script-src");
		assertThat(this.browser.executeScript("return window.inlineRan === true")).isEqualTo(false);
	}

	@Test
	void partnerPagesWhenUsedThenNothingBlocked() {
		signIn(DemoAccounts.FABRIKAM_ADMIN);
		assertNoViolations();
		for (String page : List.of("/partner/customers?q=Adatum", "/partner/users", "/partner/activity",
				"/partner/relationship-requests/new")) {
			open(page);
			assertNoViolations();
		}
		find("#request-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("/partner/relationship-requests/draft"));
		assertNoViolations();
		// The draft page's script warns when the link is taken out of the message.
		find("#body").clear();
		find("#body").sendKeys("Hello");
		find("#open-in-email").click();
		waitFor().until(ExpectedConditions.alertIsPresent()).dismiss();
		assertNoViolations();
	}

	@Test
	void customerPagesWhenUsedThenNothingBlocked() {
		signIn(DemoAccounts.CONTOSO_ADMIN);
		assertNoViolations();
		for (String page : List.of("/customer/partner-relationships", "/customer/subscriptions",
				"/customer/activity")) {
			open(page);
			assertNoViolations();
		}
	}

	@Test
	void adminAndPublicPagesWhenShownThenNothingBlocked() {
		for (String page : List.of("/login?lang=en", "/customer-agreement", "/invitations/not-a-link")) {
			open(page);
			assertNoViolations();
		}
		signIn(DemoAccounts.PLATFORM_ADMIN);
		for (String page : List.of("/admin", "/admin/partners", "/admin/relationships", "/admin/activity")) {
			open(page);
			assertNoViolations();
		}
	}

	private void assertNoViolations() {
		assertThat(violations()).as(this.browser.getCurrentUrl()).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<Object> violations() {
		Object recorded = this.browser.executeScript("return window.cspViolations || []");
		return (List<Object>) recorded;
	}

}
