package com.partnerportal.passwordreset;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.partnerportal.account.UserAccount;
import com.partnerportal.mail.MailMessage;

/**
 * The mail that carries a password reset link, written in the account's language from the
 * message bundles, as HTML with a plain-text part. The link is its only secret.
 */
@Component
class PasswordResetMails {

	private final MessageSource messages;

	PasswordResetMails(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param account the account whose password may be reset
	 * @param link the reset link
	 * @param validityMinutes how long the link works
	 * @param requestLanguage the language of the page it was asked from, used when the
	 * account has chosen none
	 * @return the mail to the account's address
	 */
	MailMessage link(UserAccount account, String link, long validityMinutes, Locale requestLanguage) {
		String chosen = account.getLocale();
		Locale language = (chosen != null) ? Locale.forLanguageTag(chosen) : requestLanguage;
		String greeting = text("passwordReset.mail.greeting", language, account.getDisplayName());
		String intro = text("passwordReset.mail.intro", language);
		String validity = text("passwordReset.mail.validity", language, validityMinutes);
		String ignore = text("passwordReset.mail.ignore", language);
		String signature = text("passwordReset.mail.signature", language);
		String plain = String.join("\n\n", greeting, intro, link, validity, ignore, signature);
		String html = "<!DOCTYPE html><html lang=\"" + language.toLanguageTag() + "\"><body>" + paragraph(greeting)
				+ paragraph(intro) + "<p><a href=\"" + HtmlUtils.htmlEscape(link, "UTF-8") + "\">"
				+ HtmlUtils.htmlEscape(text("passwordReset.mail.action", language), "UTF-8") + "</a></p>"
				+ paragraph(validity) + paragraph(ignore) + paragraph(signature) + "</body></html>";
		return new MailMessage(account.getEmail(), language, text("passwordReset.mail.subject", language), plain, html);
	}

	private static String paragraph(String text) {
		return "<p>" + HtmlUtils.htmlEscape(text, "UTF-8") + "</p>";
	}

	private String text(String key, Locale language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

}
