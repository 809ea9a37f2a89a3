package com.partnerportal.browser;

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

	@BeforeEach
	void phoneSized() {
		emulatePhoneScreen();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en, Forgot your password?, Reset your password, Check your inbox",
			"ru, Забыли пароль?, Сброс пароля, Проверьте почту" })
	void forgotPasswordWhenFollowedOnAPhoneThenEveryPageFitsAndPassesAxe(String language, String link,
			String formHeading, String answerHeading) {
		open("/login?lang=" + language);
		assertFitsAndPassesAxe("sign-in-" + language);
		this.browser.findElement(org.openqa.selenium.By.linkText(link)).click();
		waitFor().until(ExpectedConditions.urlContains("/password-reset"));
		assertThat(find("h1").getText()).isEqualTo(formHeading);
		assertFitsAndPassesAxe("password-reset-form-" + language);

		find("#email").sendKeys("nobody-" + language + "@nowhere.test");
		find("form.stacked button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("/password-reset/sent"));
		assertThat(find("h1").getText()).isEqualTo(answerHeading);
		assertFitsAndPassesAxe("password-reset-sent-" + language);
	}

}
