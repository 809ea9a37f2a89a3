package com.partnerportal.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers a person's language on the account, so that it follows them to any browser
 * they sign in from.
 */
@Service
public class AccountPreferences {

	private final UserAccountRepository accounts;

	AccountPreferences(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param userId the signed-in account
	 * @param languageTag a supported language, as a BCP 47 tag
	 */
	@Transactional
	public void changeLanguage(Long userId, String languageTag) {
		this.accounts.findById(userId)
			.ifPresent((account) -> account.changePreferences(languageTag, account.getTimeZone()));
	}

	/**
	 * @param userId the signed-in account
	 * @param languageTag a supported language, as a BCP 47 tag
	 * @param timeZone a valid time-zone id
	 * @return the account as changed
	 */
	@Transactional
	public UserAccount change(Long userId, String languageTag, String timeZone) {
		UserAccount account = this.accounts.findById(userId)
			.orElseThrow(() -> new IllegalStateException("Account " + userId + " is gone"));
		account.changePreferences(languageTag, timeZone);
		return account;
	}

}
