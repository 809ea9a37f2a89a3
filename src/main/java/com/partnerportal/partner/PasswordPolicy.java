package com.partnerportal.partner;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import com.partnerportal.partner.OnboardingRejectedException.Reason;

/**
 * What an initial password of a partner user must be. Kept in one place so that the
 * platform admin's onboarding and the Global admin's user page apply the same rule.
 */
final class PasswordPolicy {

	/** Shortest password accepted. */
	static final int MIN_LENGTH = 12;

	/** bcrypt reads no more than 72 bytes; a longer password would be refused by it. */
	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/**
	 * @param password the password as typed
	 * @param email the e-mail address of the account it is for
	 * @return why the password is not acceptable, or empty if it is
	 */
	static Optional<Reason> check(String password, String email) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of(Reason.PASSWORD_TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(Reason.PASSWORD_TOO_LONG);
		}
		if (password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(Reason.PASSWORD_IS_EMAIL);
		}
		return Optional.empty();
	}

	/**
	 * @param password the password as typed
	 * @param email the e-mail address of the account it is for
	 * @throws OnboardingRejectedException if the password is not acceptable
	 */
	static void require(String password, String email) {
		check(password, email).ifPresent((reason) -> {
			throw new OnboardingRejectedException(reason);
		});
	}

}
