package com.partnerportal.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's activity log as its Global admin reads it, in English and in Spanish: each
 * entry names the partner it is about, and recorded codes read as words of the page's
 * language, never as the codes themselves.
 */
class ActivityLogBrowserTests extends BrowserTest {

	/** A day of early 2026, which no other test writes entries on. */
	private static final String DAY = "?from=2026-01-16&to=2026-01-16";

	private long lastIdBefore;

	@BeforeEach
	void insertEntries() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		this.lastIdBefore = jdbc.sql("select coalesce(max(id), 0) from activity_log").query(Long.class).single();
		insert(jdbc, Instant.parse("2026-01-16T09:00:00Z"), "SUBSCRIPTION_OPERATION_REFUSED",
				"Office 365 E3 (subscription 7): CANCEL", "refused: NOT_PARTNER_OF_RECORD");
		insert(jdbc, Instant.parse("2026-01-16T10:00:00Z"), "ACCEPTANCE_REFUSED_CLOUD", "WITH_DELEGATED_ADMIN",
				"partner in US_GOVERNMENT cloud, customer in PUBLIC cloud");
	}

	@AfterEach
	void removeEntries() {
		JdbcClient.create(this.dataSource)
			.sql("delete from activity_log where id > ?")
			.param(this.lastIdBefore)
			.update();
	}

	@Test
	void activityPageWhenReadInEnglishOrSpanishThenPartnerNamedAndValuesInWords() {
		assertThat(changesReadIn("en")).containsExactly(
				"With delegated admin \u2192 partner in the US Government cloud, customer in the Public cloud",
				"Office 365 E3 (subscription 7): cancel \u2192 refused: not the partner of record");
		screenshot("activity-customer-en");
		signOut();

		List<String> spanish = changesReadIn("es");
		assertThat(spanish).hasSize(2)
			.anySatisfy((change) -> assertThat(change).contains("Nube del Gobierno de Estados Unidos"))
			.anySatisfy((change) -> assertThat(change)
				.isEqualTo("Office 365 E3 (suscripción 7): cancelar \u2192 rechazado: no es el partner de registro"));
		screenshot("activity-customer-es");
		assertThat(pageText()).doesNotContain("NOT_PARTNER_OF_RECORD", "US_GOVERNMENT", "WITH_DELEGATED_ADMIN");
	}

	/**
	 * Signs Contoso's Global admin in from the sign-in page in a language, opens the
	 * activity log of the test's day and reads its Change column.
	 */
	private List<String> changesReadIn(String language) {
		open("/login?lang=" + language);
		find("#username").sendKeys("ga@contoso.test");
		find("#password").sendKeys("demo-password");
		find("form.stacked button[type=submit]").click();
		waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		open("/customer/activity" + DAY);
		assertThat(find("html").getDomAttribute("lang")).isEqualTo(language);
		List<WebElement> rows = this.browser.findElements(By.cssSelector("table tbody tr"));
		assertThat(rows).hasSize(2)
			.allSatisfy((row) -> assertThat(row.findElements(By.tagName("td")).get(2).getText())
				.isEqualTo("Northwind Advisors"));
		return rows.stream().map((row) -> row.findElements(By.tagName("td")).get(4).getText()).toList();
	}

	private static void insert(JdbcClient jdbc, Instant at, String action, String oldValue, String newValue) {
		jdbc.sql("""
				insert into activity_log (occurred_at, actor_name, actor_organisation, partner_id, partner_name,
					customer_id, customer_name, action, old_value, new_value)
				select ?, 'Elena Navarro', 'Contoso Iberia', p.id, p.name, c.id, c.company_name, ?, ?, ?
				from partner p, customer c where p.name = 'Northwind Advisors' and c.domain = 'contoso.test'""")
			.params(Timestamp.from(at), action, oldValue, newValue)
			.update();
	}

}
