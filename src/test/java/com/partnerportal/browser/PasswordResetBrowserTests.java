package com.partnerportal.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Forgot your password?" on a phone (390 CSS pixels wide), in two languages: from the
 * sign-in page to the form and on to the answer, each page without sideways scrolling and
 * without serious accessibility violations (axe).
 */
class PasswordResetBrowserTests extends BrowserTest {

	private static final int PHONE_WIDTH = 390;

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	@BeforeEach
	void phoneSizedScreen() {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en, Forgot your password?, Reset your password, Check your inbox",
			"ru, Забыли пароль?, Сброс пароля, Проверьте почту" })
	void forgotPasswordWhenFollowedOnAPhoneThenEveryPageFitsAndPassesAxe(String language, String link,
			String formHeading, String answerHeading) {
		open("/login?lang=" + language);
		checkPage("sign-in-" + language);
		this.browser.findElement(org.openqa.selenium.By.linkText(link)).click();
		waitFor().until(ExpectedConditions.urlContains("/password-reset"));
		assertThat(find("h1").getText()).isEqualTo(formHeading);
		checkPage("password-reset-form-" + language);

		find("#email").sendKeys("nobody-" + language + "@nowhere.test");
		find("form.stacked button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("/password-reset/sent"));
		assertThat(find("h1").getText()).isEqualTo(answerHeading);
		checkPage("password-reset-sent-" + language);
	}

	private void checkPage(String name) {
		@SuppressWarnings("unchecked")
		List<Long> widths = (List<Long>) this.browser
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
		assertThat(widths.get(0)).as("%s scrolls sideways", name).isLessThanOrEqualTo(widths.get(1));
		Results results = new AxeBuilder().analyze(this.browser);
		assertThat(results.isErrored()).as("axe failed on %s", name).isFalse();
		assertThat(results.getViolations().stream().filter((rule) -> BLOCKING_IMPACTS.contains(rule.getImpact())))
			.extracting(Rule::getId)
			.as("serious or critical axe violations on %s", name)
			.isEmpty();
		screenshot(name);
	}

}
