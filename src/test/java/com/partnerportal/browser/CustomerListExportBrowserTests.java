package com.partnerportal.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner searches its customers by a word inside their names, filters them by
 * delegated admin, and finds the export of exactly that list, in English and in Spanish.
 * Demo data, only read.
 */
class CustomerListExportBrowserTests extends BrowserTest {

	@Test
	void searchWhenAWordInsideTheNameThenFindsItAndTheExportLinkKeepsTheSearchAndFilter() {
		signIn(CustomerJourney.PARTNER_ADMIN);

		find("#q").sendKeys("travel");
		new Select(find("#dap")).selectByVisibleText("On all services");
		find("form[role=search] button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("q=travel"));

		List<WebElement> names = this.browser.findElements(By.cssSelector("table tbody tr td:nth-child(2)"));
		assertThat(names).isNotEmpty()
			.extracting(WebElement::getText)
			.allSatisfy((name) -> assertThat(name).contains(" Travel"));
		assertThat(new Select(find("#dap")).getFirstSelectedOption().getText()).isEqualTo("On all services");
		WebElement export = find("#customers-export");
		assertThat(export.getText()).isEqualTo("Export CSV");
		assertThat(export.getDomAttribute("href")).isEqualTo("/partner/customers/export?q=travel&dap=all");
		screenshot("customers-search-export-en");

		open("/partner/customers?q=harbor&lang=es");
		waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
		assertThat(find("label[for=dap]").getText()).isEqualTo("Administración delegada");
		assertThat(this.browser.findElements(By.cssSelector("table tbody tr td:nth-child(2)"))).isNotEmpty()
			.extracting(WebElement::getText)
			.contains("Blue Harbor Travel", "Harbor Travel");
		export = find("#customers-export");
		assertThat(export.getText()).isEqualTo("Exportar CSV");
		assertThat(export.getDomAttribute("href")).isEqualTo("/partner/customers/export?q=harbor");
		screenshot("customers-search-export-es");
	}

}
