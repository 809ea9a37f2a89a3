package com.partnerportal.notification;

import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.partnerportal.account.Addressee;
import com.partnerportal.mail.MailMessage;
import com.partnerportal.web.UserTimeZones;

/**
 * The e-mail of a notification, in the recipient's language and time zone: the same text
 * as in the portal, a link to the page concerned when the portal's public address is
 * configured, and where to turn such mail off. It carries no secret: only names and
 * values the recipient may see in the portal.
 */
@Component
class NotificationMails {

	private final NotificationTexts texts;

	private final UserTimeZones timeZones;

	private final String publicUrl;

	NotificationMails(NotificationTexts texts, UserTimeZones timeZones,
			@Value("${portal.public-url:}") String publicUrl) {
		this.texts = texts;
		this.timeZones = timeZones;
		this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
	}

	MailMessage write(NotificationFacts facts, @Nullable String link, Addressee recipient) {
		Locale language = recipient.language();
		ZoneId zone = this.timeZones.zoneOf(recipient.timeZone());
		String subject = this.texts.message("notification.mail.subject." + facts.kind(), language);
		String greeting = this.texts.message("notification.mail.greeting", language, recipient.displayName());
		String body = this.texts.text(facts, language, zone);
		String footer = this.texts.message("notification.mail.footer", language);
		String url = (link != null && !this.publicUrl.isEmpty()) ? this.publicUrl + link : null;
		String open = this.texts.message("notification.mail.open", language);
		StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(body).append("\n\n");
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.toLanguageTag())
			.append("\"><body><p>")
			.append(escape(greeting))
			.append("</p><p>")
			.append(escape(body))
			.append("</p>");
		if (url != null) {
			text.append(open).append(": ").append(url).append("\n\n");
			html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(open)).append("</a></p>");
		}
		text.append("-- \n").append(footer).append('\n');
		html.append("<hr><p>").append(escape(footer)).append("</p></body></html>");
		return new MailMessage(recipient.email(), language, subject, text.toString(), html.toString());
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
