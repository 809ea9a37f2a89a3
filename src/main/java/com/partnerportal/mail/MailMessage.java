package com.partnerportal.mail;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One message to one person, already written in that person's language.
 *
 * @param recipient the e-mail address it goes to
 * @param language the language it is written in
 * @param subject the subject line
 * @param text the plain-text body, which every mail program shows
 * @param html an HTML body shown instead by the programs that can, or {@code null}
 */
public record MailMessage(String recipient, Locale language, String subject, String text, @Nullable String html) {

	/**
	 * @param recipient the e-mail address it goes to
	 * @param language the language it is written in
	 * @param subject the subject line
	 * @param text the plain-text body
	 * @return a message without an HTML body
	 */
	public static MailMessage plain(String recipient, Locale language, String subject, String text) {
		return new MailMessage(recipient, language, subject, text, null);
	}

}
