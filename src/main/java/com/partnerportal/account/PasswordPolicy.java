package com.partnerportal.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password chosen for a new account must be. Kept in one place so that partner
 * onboarding, the Global admin's user page and customer registration apply the same rule;
 * each caller turns the {@link PasswordProblem} into its own message.
 */
public final class PasswordPolicy {

	/** Shortest password accepted. */
	public static final int MIN_LENGTH = 12;

	/**
	 * Bcrypt reads no more than 72 bytes: it would refuse a longer password, or ignore
	 * the rest and make it weaker than it looks.
	 */
	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/**
	 * @param password the password as typed
	 * @param email the e-mail address of the account it is for
	 * @return why the password is not acceptable, or empty if it is
	 */
	public static Optional<PasswordProblem> check(String password, String email) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of(PasswordProblem.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(PasswordProblem.TOO_LONG);
		}
		if (password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(PasswordProblem.SAME_AS_EMAIL);
		}
		return Optional.empty();
	}

}
