package com.partnerportal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.partnerportal.account.Addressee;
import com.partnerportal.mail.MailMessage;
import com.partnerportal.web.UserTimeZones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A notification's mail is written in the recipient's language and time zone, and the
 * names in it, which organisations choose themselves, are text in its HTML part, never
 * markup.
 */
class NotificationMailsTests {

	private static final Instant ROTATED = Instant.parse("2026-12-07T23:30:00Z");

	private final NotificationMails mails = new NotificationMails(new NotificationTexts(messages()), timeZones(),
			"https://portal.example.test/");

	@Test
	void writeWhenTheRecipientChoseRussianAndMoscowThenTheTextAndTimeAreTheirs() {
		MailMessage mail = this.mails.write(rotated("Northwind"), "/partner/relationship-requests/link/rotate",
				new Addressee(1L, "ga@northwind.test", "Giulia", "ru", "Europe/Moscow"));

		assertThat(mail.language()).isEqualTo(Locale.forLanguageTag("ru"));
		assertThat(mail.subject()).isEqualTo("Ваша ссылка-приглашение заменена");
		// 23:30 UTC is 02:30 the next day in Moscow.
		assertThat(mail.text()).contains("заменил ссылку-приглашение Northwind", "8 дек. 2026 г., 02:30")
			.contains("https://portal.example.test/partner/relationship-requests/link/rotate");
		assertThat(mail.html()).contains("lang=\"ru\"",
				"href=\"https://portal.example.test/partner/relationship-requests/link/rotate\"");
	}

	@Test
	void writeWhenANameHoldsMarkupThenTheHtmlPartShowsItAsText() {
		MailMessage mail = this.mails.write(rotated("<script>alert(1)</script>"), null,
				new Addressee(1L, "ga@northwind.test", "Giulia <b>", null, null));

		assertThat(mail.html()).doesNotContain("<script>", "<b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Giulia &lt;b&gt;");
		assertThat(mail.text()).contains("<script>alert(1)</script>").doesNotContain("https://");
	}

	private static NotificationFacts rotated(String partner) {
		return NotificationFacts.of(NotificationKind.INVITATION_LINK_ROTATED, ROTATED)
			.parties(partner, null)
			.actor("Giulia Bianchi");
	}

	/**
	 * The account's zone when it has one, else UTC, as the portal's default here.
	 */
	private static UserTimeZones timeZones() {
		UserTimeZones zones = mock(UserTimeZones.class);
		given(zones.zoneOf(any())).willAnswer((call) -> {
			String zone = call.getArgument(0);
			return (zone != null) ? ZoneId.of(zone) : ZoneOffset.UTC;
		});
		return zones;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/notifications", "messages/users");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
