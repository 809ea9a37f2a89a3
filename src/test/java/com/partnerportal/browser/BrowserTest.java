package com.partnerportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;

/**
 * Base of the tests that drive the portal in a real browser, as its users do. All of them
 * share one running portal (one Spring context), so each test works on data of its own: a
 * customer it registers, or demo data it only reads.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "com.partnerportal.browser.Chromium#isInstalled",
		disabledReason = "Chromium and chromedriver are not installed: apt-get install chromium chromium-driver")
abstract class BrowserTest {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Chromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void open(String path) {
		this.browser.get(url(path));
	}

	/**
	 * After the registration form was sent: opens the link the portal mailed to the
	 * address, as its owner does, and presses the confirmation page's button, which signs
	 * the new Global admin in and goes on to the accept page.
	 * @param email the address registered
	 */
	void confirmRegistration(String email) {
		waitFor().until(ExpectedConditions.urlMatches("/invitations/[^/]+/register/sent$"));
		open(RegistrationMail.confirmationPath(JdbcClient.create(this.dataSource), email));
		find("form[action*='/registrations/'] button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlMatches("/invitations/[^/]+/accept$"));
	}

	/**
	 * Signs in through the sign-in page, in English.
	 * @param email a demo account, whose password is {@code demo-password}
	 */
	void signIn(String email) {
		open("/login?lang=en");
		this.browser.findElement(By.id("username")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys("demo-password");
		this.browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	void signOut() {
		this.browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		waitFor().until(ExpectedConditions.urlContains("/login"));
	}

	WebElement find(String css) {
		return this.browser.findElement(By.cssSelector(css));
	}

	String pageText() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	WebDriverWait waitFor() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	/**
	 * Saves what the browser shows as {@code target/screenshots/<name>.png}.
	 * @param name the file's name, without extension
	 */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebDriver driver() {
		return this.browser;
	}

}
