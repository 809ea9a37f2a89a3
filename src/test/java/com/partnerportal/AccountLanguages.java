package com.partnerportal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The languages stored on demo accounts, kept to be put back. Choosing a language (a
 * {@code ?lang=} link) stores it on the signed-in account, and the tests sharing the
 * database read these accounts' pages in the language their client asks for.
 */
public final class AccountLanguages {

	private final JdbcClient jdbc;

	private final Map<String, String> stored = new HashMap<>();

	private AccountLanguages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param jdbc the test database
	 * @param emails the accounts a test will sign in with
	 * @return their languages as they are now
	 */
	public static AccountLanguages remember(JdbcClient jdbc, List<String> emails) {
		AccountLanguages languages = new AccountLanguages(jdbc);
		for (String email : emails) {
			languages.stored.put(email,
					jdbc.sql("select locale from user_account where email = ?")
						.param(email)
						.query(String.class)
						.list()
						.get(0));
		}
		return languages;
	}

	/**
	 * Puts every account's language back as it was remembered.
	 */
	public void restore() {
		this.stored.forEach((email, locale) -> this.jdbc.sql("update user_account set locale = ? where email = ?")
			.params(locale, email)
			.update());
	}

}
