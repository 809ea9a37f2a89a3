package com.partnerportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.sql.DataSource;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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

import static org.assertj.core.api.Assertions.assertThat;

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

	static final int PHONE_WIDTH = 390;

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

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

	/**
	 * Makes the page as wide as a phone held upright. The browser's own window cannot be
	 * made this narrow; the device metrics can, as the developer tools' phone view does.
	 */
	void emulatePhoneScreen() {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
	}

	/**
	 * Checks that the page the browser shows does not scroll sideways and that axe finds
	 * no serious or critical violation on it, and saves a screenshot.
	 * @param name the page's name in the failure messages and the screenshot's file
	 */
	void assertFitsAndPassesAxe(String name) {
		assertFitsAndPassesAxe(name, (rule) -> BLOCKING_IMPACTS.contains(rule.getImpact()));
	}

	/**
	 * As {@link #assertFitsAndPassesAxe(String)}, for pages that axe finds no violation
	 * on at all, of any impact, and that must stay so.
	 * @param name the page's name in the failure messages and the screenshot's file
	 */
	void assertFitsWithNoAxeViolation(String name) {
		assertFitsAndPassesAxe(name, (rule) -> true);
	}

	private void assertFitsAndPassesAxe(String name, Predicate<Rule> counted) {
		@SuppressWarnings("unchecked")
		List<Long> widths = (List<Long>) this.browser
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
		assertThat(widths.get(0)).as("%s scrolls sideways", name).isLessThanOrEqualTo(widths.get(1));
		Results results = new AxeBuilder().analyze(this.browser);
		assertThat(results.isErrored()).as("axe failed on %s", name).isFalse();
		assertThat(results.getViolations().stream().filter(counted)).extracting(Rule::getId)
			.as("axe violations on %s", name)
			.isEmpty();
		screenshot(name);
	}

	WebDriver driver() {
		return this.browser;
	}

}
