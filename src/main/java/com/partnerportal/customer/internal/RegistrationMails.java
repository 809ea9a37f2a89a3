package com.partnerportal.customer.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.partnerportal.customer.PendingRegistration;
import com.partnerportal.mail.MailMessage;

/**
 * The two answers to a registration form, one of which goes to the address typed: the
 * confirmation link, or, when the address has an account already, a note to its owner.
 * Both are written in the recipient's language from the message bundles.
 */
@Component
public class RegistrationMails {

	private final MessageSource messages;

	RegistrationMails(MessageSource messages) {
		this.messages = messages;
	}

	public MailMessage confirmation(PendingRegistration registration, String confirmationUrl, Locale language) {
		String company = registration.getCompanyName();
		return MailMessage.plain(registration.getEmail(), language,
				text("registration.mail.confirm.subject", language, company),
				text("registration.mail.confirm.text", language, company, registration.getDomain(), confirmationUrl,
						PendingRegistration.VALIDITY.toHours()));
	}

	/**
	 * The note names no organisation: whatever an outsider typed into the form does not
	 * reach the account's owner.
	 */
	public MailMessage attemptWithExistingAccount(String email, @Nullable String accountLanguage,
			String invitationUrl) {
		Locale language = (accountLanguage != null) ? Locale.forLanguageTag(accountLanguage) : Locale.ENGLISH;
		return MailMessage.plain(email, language, text("registration.mail.existing.subject", language),
				text("registration.mail.existing.text", language, invitationUrl));
	}

	private String text(String key, Locale language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

}
