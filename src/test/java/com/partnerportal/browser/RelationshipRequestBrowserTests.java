package com.partnerportal.browser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's Admin agent asks for a reseller relationship, with and without delegated
 * administration, and sends the draft email: edited, copied to the clipboard and handed
 * to the mail application as a {@code mailto:} URL.
 */
class RelationshipRequestBrowserTests extends BrowserTest {

	private static final String COPIED = "The subject and message are copied to the clipboard. Paste them into a new email.";

	private static final String MISSING_LINK_QUESTION = "The message no longer contains your invitation link, "
			+ "and customers can only accept through it. Continue anyway?";

	private static final String READY = "Your invitation is ready. Customers who accept it will appear on this page.";

	@Test
	void requestWhenAdminAgentIncludesDelegatedAdminThenDraftIsEditedCopiedAndMailedWithTheLink() {
		signIn("agent@fabrikam.test");
		find("a.button[href$='/partner/relationship-requests/new']").click();

		assertThat(find("h1").getText()).isEqualTo("Request a reseller relationship");
		assertThat(delegatedAdminBox().isSelected()).isTrue();
		screenshot("request");
		find("#request-form button[type=submit]").click();

		waitFor().until(ExpectedConditions.urlContains("/partner/relationship-requests/draft?delegatedAdmin=true"));
		assertThat(pageText()).contains("Asks for delegated administration privileges");
		String link = find("#invitation-link").getDomProperty("value");
		assertThat(link).startsWith(url("/invitations/"));
		assertThat(value(body())).contains("Azure Active Directory, Office 365").contains(link);
		screenshot("draft-email");

		// The partner writes a subject of its own and greets the customer before the
		// text.
		subject().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Fabrikam & Contoso: 100% reseller?");
		body().sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), "Hola Contoso, ¿qué tal?", Keys.ENTER);
		String subject = value(subject());
		String body = value(body());
		assertThat(subject).isEqualTo("Fabrikam & Contoso: 100% reseller?");
		assertThat(body).startsWith("Hola Contoso, ¿qué tal?\nHello,\n").contains(link);

		allowClipboard();
		find("#copy-email").click();
		waitFor().until(ExpectedConditions.textToBe(byId("draft-status"), COPIED));
		assertThat(clipboard()).isEqualTo(subject + "\n\n" + body);

		// The button carries the mailto: URL it opens, for the text as edited.
		String mailto = find("#open-in-email").getDomAttribute("data-mailto");
		assertThat(mailto).startsWith("mailto:?subject=Fabrikam%20%26%20Contoso%3A%20100%25%20reseller%3F&body=Hola")
			.contains("%0D%0AHello%2C%0D%0A")
			.doesNotContain("+")
			.doesNotContain(" ");
		Map<String, String> headers = mailtoHeaders(mailto);
		assertThat(headers).containsOnlyKeys("subject", "body");
		assertThat(headers.get("subject")).isEqualTo(subject);
		assertThat(headers.get("body")).isEqualTo(body.replace("\n", "\r\n")).contains(link);
		find("#open-in-email").click();
		assertThat(alertShown()).isFalse();
		assertThat(find("#link-warning").isDisplayed()).isFalse();

		// The partner selects the link in the message and deletes it.
		deleteFromBody(link);
		assertThat(value(body())).doesNotContain(link);
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(byId("link-warning")));
		assertThat(find("#link-warning").getText()).contains("The message no longer contains your invitation link");
		assertThat(mailtoHeaders(find("#open-in-email").getDomAttribute("data-mailto")).get("body"))
			.doesNotContain(link);

		find("#copy-email").click();
		Alert question = waitFor().until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).isEqualTo(MISSING_LINK_QUESTION);
		question.dismiss();
		assertThat(clipboard()).as("nothing copied without the partner's yes").isEqualTo(subject + "\n\n" + body);

		String draftUrl = this.browser.getCurrentUrl();
		find("#open-in-email").click();
		question = waitFor().until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).isEqualTo(MISSING_LINK_QUESTION);
		question.dismiss();
		assertThat(this.browser.getCurrentUrl()).isEqualTo(draftUrl);
		assertThat(find("#link-warning").isDisplayed()).isTrue();

		// Told the consequence, the partner copies the text anyway (to send the link
		// separately).
		find("#copy-email").click();
		waitFor().until(ExpectedConditions.alertIsPresent()).accept();
		waitFor().until((browser) -> clipboard().equals(subject + "\n\n" + value(body())));
		waitFor().until(ExpectedConditions.textToBe(byId("draft-status"), COPIED));

		clickDone();
	}

	@Test
	void requestWhenAdminAgentClearsDelegatedAdminThenDraftAsksForResellerRelationshipOnly() {
		signIn("agent@fabrikam.test");
		find("a.button[href$='/partner/relationship-requests/new']").click();
		delegatedAdminBox().click();
		assertThat(delegatedAdminBox().isSelected()).isFalse();
		find("#request-form button[type=submit]").click();

		waitFor().until(ExpectedConditions.urlContains("/partner/relationship-requests/draft?delegatedAdmin=false"));
		assertThat(pageText()).contains("Asks for a reseller relationship only")
			.doesNotContain("Asks for delegated administration privileges");
		String link = find("#invitation-link").getDomProperty("value");
		String subject = value(subject());
		String body = value(body());
		assertThat(subject).isEqualTo("Fabrikam Cloud Partners would like to be your reseller");
		assertThat(body).contains("We are not asking for administration privileges")
			.doesNotContain("Azure Active Directory")
			.contains("\n\n" + link + "\n\n");

		Map<String, String> headers = mailtoHeaders(find("#open-in-email").getDomAttribute("data-mailto"));
		assertThat(headers.get("subject")).isEqualTo(subject);
		assertThat(headers.get("body")).isEqualTo(body.replace("\n", "\r\n"));

		allowClipboard();
		find("#copy-email").click();
		waitFor().until(ExpectedConditions.textToBe(byId("draft-status"), COPIED));
		assertThat(alertShown()).isFalse();
		assertThat(clipboard()).isEqualTo(subject + "\n\n" + body);

		clickDone();
	}

	private void clickDone() {
		this.browser.findElement(By.xpath("//button[normalize-space()='Done']")).click();
		waitFor().until(ExpectedConditions.urlMatches("/partner/customers$"));
		assertThat(find(".flash").getText()).isEqualTo(READY);
		assertThat(find(".flash").getDomAttribute("role")).isEqualTo("status");
	}

	private WebElement delegatedAdminBox() {
		return find("#request-form input[type=checkbox][name=includeDelegatedAdmin]");
	}

	private WebElement subject() {
		return find("#subject");
	}

	private WebElement body() {
		return find("#body");
	}

	private static String value(WebElement field) {
		return field.getDomProperty("value");
	}

	private static By byId(String id) {
		return By.id(id);
	}

	/**
	 * Selects the text in the message as a mouse drag over it would, and deletes it with
	 * the keyboard.
	 */
	private void deleteFromBody(String text) {
		body().click();
		this.browser.executeScript("var field = arguments[0], start = field.value.indexOf(arguments[1]);"
				+ "field.setSelectionRange(start, start + arguments[1].length);", body(), text);
		new Actions(this.browser).sendKeys(Keys.DELETE).perform();
	}

	/**
	 * Headless Chromium asks no one, so it denies the clipboard unless the page's origin
	 * is granted it, as a user would by answering the browser's prompt.
	 */
	private void allowClipboard() {
		this.browser.executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", url(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
	}

	/**
	 * @return what a paste would insert
	 */
	private String clipboard() {
		Object text = this.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "navigator.clipboard.readText().then(done, function (error) { done('clipboard: ' + error); });");
		return String.valueOf(text);
	}

	private boolean alertShown() {
		try {
			this.browser.switchTo().alert();
			return true;
		}
		catch (NoAlertPresentException ex) {
			return false;
		}
	}

	/**
	 * Reads a {@code mailto:} URL as a mail application does (RFC 6068): the headers
	 * after {@code ?}, each percent-decoded as UTF-8.
	 */
	private static Map<String, String> mailtoHeaders(String mailto) {
		assertThat(mailto).startsWith("mailto:?");
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header : mailto.substring("mailto:?".length()).split("&")) {
			String[] nameAndValue = header.split("=", 2);
			// Plus signs are percent-encoded in these URLs, so URLDecoder's reading of
			// '+'
			// as a space cannot apply.
			headers.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
		}
		return headers;
	}

}
