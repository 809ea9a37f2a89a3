package com.partnerportal.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.RegistrationMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessibility in a real browser: axe-core on every main page, signed in as the role
 * that uses it, plus what axe cannot judge on its own — that focus is visible and that
 * the expandable rows and a confirmation step work with the keyboard alone.
 */
class AccessibilityBrowserTests extends BrowserTest {

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	/** Every visible form control and how it is named, if it is. */
	private static final String UNLABELLED_CONTROLS = """
			return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
			  .filter((e) => e.getClientRects().length > 0)
			  .filter((e) => {
			    const byFor = e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]');
			    const byAria = (e.getAttribute('aria-label') || '').trim() !== '';
			    const byLabelledBy = (e.getAttribute('aria-labelledby') || '').split(/\\s+/)
			      .some((id) => id && document.getElementById(id));
			    return !(byFor || byAria || byLabelledBy);
			  })
			  .map((e) => e.outerHTML.substring(0, 160));
			""";

	/**
	 * Why the focused element does not show where the focus is, or {@code null} if it
	 * does: an outline whose colour contrasts at least 3:1 with what is behind it (WCAG
	 * 1.4.11), or a box shadow.
	 */
	private static final String FOCUS_PROBLEM = """
			const element = document.activeElement;
			const style = getComputedStyle(element);
			if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) {
			  return style.boxShadow !== 'none' ? null : 'neither outline nor box shadow';
			}
			const rgb = (colour) => colour.match(/[\\d.]+/g).map(Number);
			const luminance = (c) => c.slice(0, 3).map((v) => v / 255)
			  .map((v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
			  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
			const backgroundOf = (node) => {
			  for (let n = node; n; n = n.parentElement) {
			    const c = rgb(getComputedStyle(n).backgroundColor);
			    if (c.length < 4 || c[3] > 0) {
			      return c;
			    }
			  }
			  return [255, 255, 255];
			};
			const rect = element.getBoundingClientRect();
			const ring = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
			const x = rect.left - ring >= 0 ? rect.left - ring : rect.right + ring;
			const behind = document.elementsFromPoint(x, rect.top + rect.height / 2)
			  .find((n) => n !== element && !element.contains(n));
			const [lighter, darker] = [luminance(rgb(style.outlineColor)), luminance(backgroundOf(behind))]
			  .sort((a, b) => b - a);
			const ratio = (lighter + 0.05) / (darker + 0.05);
			return ratio >= 3 ? null : 'outline ' + style.outlineColor + ' contrasts only '
			  + ratio.toFixed(2) + ':1 with the background behind it';
			""";

	private final List<String> violations = new ArrayList<>();

	private final List<String> unlabelled = new ArrayList<>();

	private final Set<String> rulesApplied = new HashSet<>();

	@Test
	void mainPagesWhenAnalysedThenNoSeriousViolationAndEveryControlLabelled() {
		open("/login?lang=en");
		analyse("sign-in");
		open("/customer-agreement");
		analyse("customer-agreement");

		signIn("ga@fabrikam.test");
		analyse("partner-customers");
		searchCustomers("no-such-customer-" + UUID.randomUUID());
		assertThat(pageText()).contains("No customers match");
		analyse("partner-customers-search-none");
		searchCustomers("adatum.test");
		// The results replace the empty list: wait for them, not the page the search
		// left.
		waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.expander"))).click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.expanded")));
		analyse("partner-customers-expanded");
		String expandedList = this.browser.getCurrentUrl();
		clickLink("Remove reseller relationship");
		analyse("partner-relationship-removal");
		this.browser.get(expandedList);
		clickLink("Manage subscriptions");
		analyse("partner-subscriptions");
		clickLink("Remove seats");
		analyse("partner-remove-seats");
		find("#seats").sendKeys("1");
		find("form.stacked button[type=submit]").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".confirm")));
		analyse("partner-remove-seats-confirmation");

		clickLink("Customers");
		clickLink("Request a reseller relationship");
		analyse("partner-relationship-request");
		find("#request-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("draft-form")));
		analyse("partner-draft-email");
		String invitation = URI.create(find("#invitation-link").getDomProperty("value")).getPath();

		clickLink("Users");
		analyse("partner-users");
		clickLink("Add a user");
		analyse("partner-user-new");
		clickLink("Users");
		this.browser.findElement(By.xpath("//a[normalize-space()='Disable']")).click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".confirm")));
		analyse("partner-user-disable");
		clickLink("Activity log");
		analyse("partner-activity");
		clickLink("Settings");
		analyse("settings");
		open("/admin");
		assertThat(find("h1").getText()).isEqualTo("Access denied");
		analyse("error-403");
		open("/partner/customers/0/subscriptions");
		assertThat(find("h1").getText()).isEqualTo("Page not found");
		analyse("error-404");
		signOut();

		open(invitation);
		analyse("invitation-landing");
		clickLink("Create your organisation’s account");
		analyse("invitation-register");
		// An organisation of its own: even viewing the acceptance page leaves an entry in
		// the customer's activity log, which other tests of this context read for the
		// demo customers.
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String domain = "a11y-" + unique + ".test";
		find("#companyName").sendKeys("Accessible Works " + unique);
		find("#domain").sendKeys(domain);
		find("#adminName").sendKeys("Alex Keyboard");
		find("#email").sendKeys("ga@" + domain);
		find("#password").sendKeys("a long enough passphrase");
		find("#passwordConfirmation").sendKeys("a long enough passphrase");
		find("form[action$='/register'] button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlMatches("/register/sent$"));
		analyse("invitation-register-sent");
		open(RegistrationMail.confirmationPath(JdbcClient.create(this.dataSource), "ga@" + domain));
		analyse("invitation-register-confirm");
		find("form[action*='/registrations/'] button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlMatches("/accept$"));
		analyse("invitation-accept");
		signOut();

		signIn("ga@adatum.test");
		clickLink("Partner relationships");
		analyse("customer-partner-relationships");
		clickLink("Remove delegated admin");
		analyse("customer-remove-delegated-admin");
		clickLink("Subscriptions");
		analyse("customer-subscriptions");
		clickLink("Activity log");
		analyse("customer-activity");
		signOut();

		signIn("admin@portal.test");
		clickLink("Overview");
		analyse("admin-overview");
		clickLink("Relationships per service");
		analyse("admin-relationships");
		clickLink("Partners");
		analyse("admin-partners");
		clickLink("Add a partner");
		analyse("admin-partner-new");
		clickLink("Activity log");
		analyse("admin-activity");

		assertThat(this.rulesApplied).as("axe rules that found something to check")
			.contains("color-contrast", "label", "html-has-lang", "landmark-one-main", "duplicate-id-aria",
					"th-has-data-cells");
		assertThat(this.violations).as("axe violations of impact serious or critical").isEmpty();
		assertThat(this.unlabelled).as("visible form controls without <label for> or aria-label(ledby)").isEmpty();
	}

	@Test
	void tabbingThroughPagesWhenFocusMovesThenItIsAlwaysVisible() {
		List<String> hidden = new ArrayList<>();
		hidden.addAll(tabThroughPage("/login?lang=en"));
		signIn("ga@fabrikam.test");
		hidden.addAll(tabThroughPage("/partner/customers"));
		hidden.addAll(tabThroughPage("/partner/users/new"));

		open("/partner/customers");
		pressTab();
		WebElement skipLink = focused();
		assertThat(skipLink.getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(skipLink.getRect().getX()).as("the focused skip link comes into view").isNotNegative();
		assertThat(this.browser.executeScript(FOCUS_PROBLEM)).isNull();
		pressEnter();
		pressTab();
		assertThat(this.browser.executeScript("return document.activeElement.closest('main') !== null"))
			.as("after the skip link, Tab goes on in the content")
			.isEqualTo(true);

		assertThat(hidden).as("focused elements without a visible focus indicator").isEmpty();
	}

	@Test
	void customerRowAndConfirmationWhenOnlyKeyboardThenOpenAndReturn() {
		signIn("ga@fabrikam.test");
		WebElement expander = tabTo("the expander of the first customer row",
				(element) -> element.getDomAttribute("class") != null
						&& element.getDomAttribute("class").contains("expander"));
		String row = expander.findElement(By.xpath("ancestor::tr")).getDomAttribute("id");
		assertThat(expander.getDomAttribute("aria-expanded")).isEqualTo("false");
		pressEnter();

		waitFor().until(ExpectedConditions.urlContains("expand="));
		assertThat(find("tr#" + row).getDomAttribute("class")).contains("expanded");
		assertThat(find("tr#" + row + " a.expander").getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(find("td.details").getText()).contains("Services and delegated admin");
		signOut();

		signIn("ga@adatum.test");
		assertThat(this.browser.getCurrentUrl()).endsWith("/customer/partner-relationships");
		tabTo("a Remove delegated admin link", (element) -> "Remove delegated admin".equals(element.getText()));
		pressEnter();

		waitFor().until(ExpectedConditions.urlContains("/delegated-admin/remove"));
		assertThat(find("h1").getText()).isEqualTo("Remove delegated admin privileges");
		assertThat(find(".confirm").getText()).contains("will no longer have delegated admin privileges");
		tabTo("the Cancel link", (element) -> "Cancel".equals(element.getText()));
		pressEnter();

		waitFor().until(ExpectedConditions.urlMatches("/customer/partner-relationships$"));
		assertThat(find("h1").getText()).isEqualTo("Partner relationships");
	}

	/**
	 * Runs axe on the page the browser shows, keeps its serious and critical violations
	 * and the form controls without a label, and saves a screenshot.
	 */
	private void analyse(String page) {
		Results results = new AxeBuilder().analyze(this.browser);
		assertThat(results.isErrored()).as("axe failed on %s: %s", page, results.getErrorMessage()).isFalse();
		Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete())
			.flatMap(List::stream)
			.forEach((rule) -> this.rulesApplied.add(rule.getId()));
		for (Rule rule : results.getViolations()) {
			if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
				for (CheckedNode node : rule.getNodes()) {
					this.violations.add("%s [%s] on %s (%s): %s — %s %s".formatted(rule.getId(), rule.getImpact(), page,
							this.browser.getCurrentUrl(), node.getTarget(), rule.getHelp(),
							String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ")));
				}
			}
		}
		for (Object control : (List<?>) this.browser.executeScript(UNLABELLED_CONTROLS)) {
			this.unlabelled.add(page + ": " + control);
		}
		screenshot("a11y-" + page);
	}

	private void searchCustomers(String text) {
		WebElement search = find("#q");
		search.clear();
		search.sendKeys(text);
		find("form.search button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("q="));
	}

	private void clickLink(String text) {
		WebElement page = find("html");
		this.browser.findElement(By.linkText(text)).click();
		waitFor().until(ExpectedConditions.stalenessOf(page));
	}

	/**
	 * Opens a page and tabs through every focusable element on it, round to the one it
	 * started from.
	 * @return the elements that showed no focus indicator
	 */
	private List<String> tabThroughPage(String path) {
		open(path);
		List<String> hidden = new ArrayList<>();
		List<WebElement> seen = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			pressTab();
			WebElement element = focused();
			if (element.getTagName().equals("body")) {
				continue;
			}
			if (seen.contains(element)) {
				assertThat(seen).as("focusable elements on %s", path).hasSizeGreaterThan(3);
				return hidden;
			}
			seen.add(element);
			Object problem = this.browser.executeScript(FOCUS_PROBLEM);
			if (problem != null) {
				hidden.add(path + ": " + problem + ": " + element.getDomProperty("outerHTML"));
			}
		}
		throw new AssertionError("Tab never came round on " + path);
	}

	private WebElement tabTo(String description, Predicate<WebElement> wanted) {
		for (int i = 0; i < 100; i++) {
			pressTab();
			WebElement element = focused();
			if (wanted.test(element)) {
				assertThat(this.browser.executeScript(FOCUS_PROBLEM)).as("focus on %s is visible", description)
					.isNull();
				return element;
			}
		}
		throw new AssertionError("Tab never reached " + description);
	}

	private void pressTab() {
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
	}

	private void pressEnter() {
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
	}

	private WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

}
