package com.partnerportal.mail;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform admin's Sent mail page: every queued message, newest first, in pages, each
 * readable with its web addresses as links and nothing of it read as HTML.
 */
@PortalTest
@Transactional
class SentMailControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Mailer mailer;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listWhenMoreMailThanAPageThenNewestFirstInPages() throws Exception {
		for (int i = 1; i <= SentMail.PAGE_SIZE + 1; i++) {
			this.mailer.queue(MailMessage.plain("person" + i + "@wingtip.test", Locale.ENGLISH, "Message " + i, "Hi"));
		}

		String first = this.mvc.get()
			.uri("/admin/mail")
			.with(this.demo.signedIn(DemoAccounts.PLATFORM_ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(first)
			.contains("Sent mail", "Message " + (SentMail.PAGE_SIZE + 1), "Waiting for the mail server", "rel=\"next\"")
			.doesNotContain(">Message 1<");
		assertThat(first.indexOf("Message 21")).isLessThan(first.indexOf("Message 20"));
		assertThat(this.mvc.get().uri("/admin/mail?page=1").with(this.demo.signedIn(DemoAccounts.PLATFORM_ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains(">Message 1<");
	}

	@Test
	void messageWhenShownThenItsLinksAreClickableAndItsTextIsNeverHtml() {
		Long id = this.mailer
			.queue(MailMessage.plain("rosa@wingtip.test", Locale.forLanguageTag("es"), "Confirme <b>el</b> registro",
					"Hola <script>alert(1)</script>\nhttps://portal.test/registrations/abc?x=1&y=2\nPartner Portal"))
			.getId();

		assertThat(this.mvc.get().uri("/admin/mail/{id}", id).with(this.demo.signedIn(DemoAccounts.PLATFORM_ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("Confirme &lt;b&gt;el&lt;/b&gt; registro", "Hola &lt;script&gt;alert(1)&lt;/script&gt;",
					"<a href=\"https://portal.test/registrations/abc?x=1&amp;y=2\">", "rosa@wingtip.test")
			.doesNotContain("<script>alert");
	}

	@Test
	void messageWhenUnknownThenNotFound() {
		assertThat(this.mvc.get().uri("/admin/mail/0").with(this.demo.signedIn(DemoAccounts.PLATFORM_ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
