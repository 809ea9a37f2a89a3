package com.partnerportal.account;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A person the portal tells something, as the modules that own the accounts hand them
 * out: enough to write to them in their own language and time zone.
 *
 * @param accountId the account
 * @param email the account's e-mail address
 * @param displayName the person's name
 * @param languageTag the language chosen on the account, if any
 * @param timeZone the time zone chosen on the account, if any
 */
public record Addressee(Long accountId, String email, String displayName, @Nullable String languageTag,
		@Nullable String timeZone) {

	/**
	 * @param account an account
	 * @return its addressee
	 */
	public static Addressee of(UserAccount account) {
		return new Addressee(account.getId(), account.getEmail(), account.getDisplayName(), account.getLocale(),
				account.getTimeZone());
	}

	/**
	 * @return the account's language, English when it has chosen none
	 */
	public Locale language() {
		return (this.languageTag != null) ? Locale.forLanguageTag(this.languageTag) : Locale.ENGLISH;
	}

}
