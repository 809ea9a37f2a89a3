package com.partnerportal.invitation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Runs the draft page's script in a headless browser: the page must behave with it as it
 * does without it.
 */
@PortalTest
@Transactional
class InvitationDraftScriptTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	DemoAccounts demo;

	private WebClient browser;

	private final List<String> confirmations = new ArrayList<>();

	private final List<String> mailApplication = new ArrayList<>();

	@BeforeEach
	void signIn() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		MockMvc mockMvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(springSecurity())
			.defaultRequest(get("/").with(user(ana)))
			.build();
		// Stands in for the mail application: records the mailto: URLs the page opens.
		WebClient withMailApplication = new WebClient() {
			@Override
			public WebResponse loadWebResponse(WebRequest request) throws IOException {
				if ("mailto".equals(request.getUrl().getProtocol())) {
					// java.net.URL, which the headless browser goes through, adds a
					// slash.
					String url = request.getUrl().toString().replaceFirst("^mailto:/\\?", "mailto:?");
					InvitationDraftScriptTests.this.mailApplication.add(url);
					return new StringWebResponse("", request.getUrl());
				}
				return super.loadWebResponse(request);
			}
		};
		this.browser = MockMvcWebClientBuilder.mockMvcSetup(mockMvc).withDelegate(withMailApplication).build();
		this.browser.getOptions().setThrowExceptionOnScriptError(true);
	}

	@AfterEach
	void close() {
		this.browser.close();
	}

	@Test
	void draftWhenScriptRunsThenLinkCopyOfferedAndNoWarning() throws Exception {
		HtmlPage draft = draftWithoutDelegatedAdmin();

		assertThat(draft.getUrl().toString()).endsWith("/partner/relationship-requests/draft?delegatedAdmin=false");
		assertThat(draft.getElementById("copy-link").hasAttribute("hidden")).isFalse();
		assertThat(draft.getElementById("link-warning").hasAttribute("hidden")).isTrue();
	}

	@Test
	void draftWhenLinkEditedAwayThenWarnsAndAsksBeforeOpening() throws Exception {
		HtmlPage draft = draftWithoutDelegatedAdmin();
		HtmlTextArea body = draft.getHtmlElementById("body");
		String link = draft.getHtmlElementById("draft-form").getAttribute("data-link");
		this.browser.setConfirmHandler((page, message) -> {
			this.confirmations.add(message);
			return false;
		});

		body.type(" PS");
		assertThat(draft.getElementById("link-warning").hasAttribute("hidden")).isTrue();
		body.setText(body.getText().replace(link, ""));
		body.type(" ");
		assertThat(draft.getElementById("link-warning").hasAttribute("hidden")).isFalse();
		HtmlPage after = ((HtmlButton) draft.getHtmlElementById("open-in-email")).click();

		assertThat(this.confirmations).singleElement().asString().contains("no longer contains your invitation link");
		assertThat(after).isSameAs(draft);
		assertThat(draft.getElementById("link-warning").hasAttribute("hidden")).isFalse();
	}

	@Test
	void copyWhenClipboardUnavailableThenShowsTheWholeTextSelected() throws Exception {
		HtmlPage draft = draftWithoutDelegatedAdmin();
		String subject = draft.getHtmlElementById("subject").getAttribute("value");

		((HtmlButton) draft.getHtmlElementById("copy-email")).click();
		this.browser.waitForBackgroundJavaScript(1000);

		HtmlElement panel = draft.getHtmlElementById("copy-panel");
		assertThat(panel.hasAttribute("hidden")).isFalse();
		assertThat(((HtmlTextArea) draft.getHtmlElementById("copy-text")).getText()).startsWith(subject + "\n\nHello,");
		assertThat(draft.getElementById("draft-status").getTextContent()).isNotBlank();
		assertThat(draft.getFocusedElement()).isSameAs(draft.getHtmlElementById("copy-text"));
	}

	@Test
	void openWhenEditedThenNavigatesToMailtoOfEditedText() throws Exception {
		HtmlPage draft = draftWithoutDelegatedAdmin();
		HtmlTextArea body = draft.getHtmlElementById("body");
		HtmlInput subject = draft.getHtmlElementById("subject");
		subject.setValue("Nova relação");
		body.setText("Relação & Запрос?\n" + body.getText());

		((HtmlButton) draft.getHtmlElementById("open-in-email")).click();

		assertThat(this.mailApplication).singleElement()
			.asString()
			.isEqualTo(MailtoLink.of("Nova relação", body.getText()))
			.contains("body=Rela%C3%A7%C3%A3o%20%26%20%D0%97%D0%B0%D0%BF%D1%80%D0%BE%D1%81%3F%0D%0AHello");
	}

	private HtmlPage draftWithoutDelegatedAdmin() throws Exception {
		HtmlPage request = this.browser.getPage("http://localhost/partner/relationship-requests/new");
		HtmlCheckBoxInput box = request.getHtmlElementById("includeDelegatedAdmin");
		box.setChecked(false);
		HtmlButton next = request.getFirstByXPath("//form[@id='request-form']//button[@type='submit']");
		return next.click();
	}

}
