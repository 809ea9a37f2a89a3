package com.partnerportal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The partner finds a customer on its Customers page and opens the customer's row, with
 * the mouse and with the keyboard alone.
 */
class CustomerSearchBrowserTests extends BrowserTest {

	/**
	 * More presses than any page here needs to reach a control; beyond, focus is lost.
	 */
	private static final int MAX_TABS = 60;

	@Test
	void expandWhenPartnerSearchesNewCustomerThenRowShowsAccountDelegatedAdminUsersAndSubscriptions() {
		CustomerJourney customer = new CustomerJourney(this).registerAndAccept();
		signOut();
		signIn(CustomerJourney.PARTNER_ADMIN);

		find("#q").sendKeys(customer.companyName);
		find("form[role=search] button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("q="));
		assertThat(find("#q").getDomProperty("value")).isEqualTo(customer.companyName);
		List<WebElement> rows = this.browser.findElements(By.cssSelector("table tbody tr"));
		assertThat(rows).singleElement()
			.extracting(WebElement::getText)
			.asString()
			.contains(customer.companyName, customer.domain, "Spain", "DAP on 2 of 2 services");

		WebElement expander = expander(customer.companyName);
		assertThat(expander.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(expander.getAccessibleName()).isEqualTo("Show details of " + customer.companyName);
		expander.click();
		waitFor().until(ExpectedConditions.stalenessOf(expander));

		assertThat(expander(customer.companyName).getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(expander(customer.companyName).getAccessibleName())
			.isEqualTo("Hide details of " + customer.companyName);
		WebElement details = details();
		assertThat(details.findElement(By.tagName("h2")).getText()).isEqualTo("Details of " + customer.companyName);
		assertThat(fact(details, "Company")).isEqualTo(customer.companyName);
		assertThat(fact(details, "Domain")).isEqualTo(customer.domain);
		assertThat(fact(details, "Country")).isEqualTo("Spain");
		assertThat(fact(details, "Cloud")).isEqualTo("Public cloud");
		assertThat(fact(details, "Customer agreement accepted")).startsWith("Yes (version 2026-11, ");
		assertThat(cell(details, "Services and delegated admin", "Azure Active Directory")).startsWith("Held since ");
		assertThat(cell(details, "Services and delegated admin", "Office 365")).startsWith("Held since ");
		assertThat(cell(details, "Services and delegated admin", "Dynamics 365")).isEqualTo("Does not apply");
		assertThat(cell(details, "Services and delegated admin", "Azure")).isEqualTo("Does not apply");
		assertThat(rowText(details, "Users", customer.adminName)).contains(customer.email, "Global admin");
		assertThat(section(details, "Subscriptions and licences")).contains("This customer has no subscriptions yet.");
		screenshot("customer-expanded");

		expander(customer.companyName).click();
		waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("td.details")));
		assertThat(expander(customer.companyName).getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(pageText()).doesNotContain("Details of " + customer.companyName);
		assertThat(find("#q").getDomProperty("value")).as("the search is kept").isEqualTo(customer.companyName);
	}

	/**
	 * Adatum Italia is demo data, only read here: a customer with users and subscriptions
	 * from Fabrikam.
	 */
	@Test
	void expandWhenOnlyKeyboardIsUsedThenSearchTabAndEnterOpenAndCloseTheRow() {
		signIn(CustomerJourney.PARTNER_ADMIN);

		tabTo("the search box", (element) -> "q".equals(element.getDomAttribute("id")));
		keys("Adatum Italia", Keys.ENTER);
		waitFor().until(ExpectedConditions.urlContains("q=Adatum+Italia"));

		WebElement expander = tabTo("the row's expander", isExpanderOf("Adatum Italia"));
		assertThat(expander.getDomAttribute("aria-expanded")).isEqualTo("false");
		keys(Keys.ENTER);
		waitFor().until(ExpectedConditions.stalenessOf(expander));

		assertThat(expander("Adatum Italia").getDomAttribute("aria-expanded")).isEqualTo("true");
		WebElement details = details();
		assertThat(details.isDisplayed()).isTrue();
		assertThat(details.findElement(By.tagName("h2")).getText()).isEqualTo("Details of Adatum Italia");
		assertThat(fact(details, "Domain")).isEqualTo("adatum.test");
		assertThat(fact(details, "Country")).isEqualTo("Italy");
		assertThat(rowText(details, "Users", "ga@adatum.test")).contains("Global admin");
		assertThat(section(details, "Subscriptions and licences")).contains("Offer", "Seats", "Partner of record")
			.doesNotContain("no subscriptions");

		expander = tabTo("the row's expander", isExpanderOf("Adatum Italia"));
		keys(Keys.ENTER);
		waitFor().until(ExpectedConditions.stalenessOf(expander));
		assertThat(expander("Adatum Italia").getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(this.browser.findElements(By.cssSelector("td.details"))).isEmpty();
	}

	private WebElement expander(String companyName) {
		return this.browser.findElement(By.xpath("//tbody/tr[td[normalize-space()='" + companyName + "']]"
				+ "//a[contains(concat(' ', @class, ' '), ' expander ')]"));
	}

	private Predicate<WebElement> isExpanderOf(String companyName) {
		return (element) -> ("Show details of " + companyName).equals(element.getAccessibleName())
				|| ("Hide details of " + companyName).equals(element.getAccessibleName());
	}

	private WebElement details() {
		return find("tr.expanded + tr td.details");
	}

	private static String fact(WebElement details, String term) {
		return details.findElement(By.xpath(".//dt[normalize-space()='" + term + "']/following-sibling::dd[1]"))
			.getText();
	}

	/**
	 * @return the second cell of the row that starts with {@code firstCell}, in the table
	 * under the {@code heading}
	 */
	private static String cell(WebElement details, String heading, String firstCell) {
		return details
			.findElement(By.xpath(".//h3[normalize-space()='" + heading + "']/following::table[1]//tr[td[1]"
					+ "[normalize-space()='" + firstCell + "']]/td[2]"))
			.getText();
	}

	private static String rowText(WebElement details, String heading, String anyCell) {
		return details.findElement(By.xpath(".//h3[normalize-space()='" + heading + "']/following::table[1]//tr[td"
				+ "[normalize-space()='" + anyCell + "']]"))
			.getText();
	}

	/**
	 * @return the text between the {@code heading} and the next heading
	 */
	private static String section(WebElement details, String heading) {
		List<String> texts = new ArrayList<>();
		for (WebElement next : details
			.findElements(By.xpath(".//h3[normalize-space()='" + heading + "']/following-sibling::*"))) {
			if ("h3".equals(next.getTagName())) {
				break;
			}
			texts.add(next.getText());
		}
		return String.join("\n", texts);
	}

	private void keys(CharSequence... keys) {
		new Actions(this.browser).sendKeys(keys).perform();
	}

	/**
	 * Presses Tab until the focused element is the one wanted, as a keyboard user moves
	 * through the page.
	 * @return the focused element
	 */
	private WebElement tabTo(String what, Predicate<WebElement> wanted) {
		for (int presses = 0; presses < MAX_TABS; presses++) {
			keys(Keys.TAB);
			WebElement focused = this.browser.switchTo().activeElement();
			if (wanted.test(focused)) {
				return focused;
			}
		}
		return fail("Tab never reached " + what + " in " + MAX_TABS + " presses");
	}

}
