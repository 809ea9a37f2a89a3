package com.partnerportal.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password chosen for a new account must be. Kept in one place so that partner
 * onboarding, the Global admin's user page and customer registration apply the same rule;
 * each caller turns the {@link PasswordProblem} into its own message.
 */
public final class PasswordPolicy {

	/**
	 * Fewest characters accepted, counted as a person counts them: Unicode code points
	 * rather than the UTF-16 units Java strings hold (an emoji is one character, not
	 * two), and without the spaces at either end, which add no strength.
	 */
	public static final int MIN_LENGTH = 12;

	/**
	 * Bcrypt reads no more than 72 bytes: it would refuse a longer password, or ignore
	 * the rest and make it weaker than it looks.
	 */
	public static final int MAX_BYTES = 72;

	/**
	 * Passwords of the accepted length that lead the published lists of leaked passwords,
	 * lower case; the first ones an attacker tries on every account.
	 */
	private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234", "123456123456",
			"123123123123", "qwerty123456", "qwertyuiop12", "qwertyuiop123", "qwertyuiopasdf", "1q2w3e4r5t6y",
			"1qaz2wsx3edc", "qazwsxedcrfv", "zaq12wsxcde3", "password1234", "password12345", "password123!",
			"password1234!", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "passwordpassword", "iloveyou1234",
			"welcome12345", "welcome123456", "letmein12345", "changeme1234", "changeme123!", "administrator",
			"administrator1", "admin1234567", "abc123456789", "abcdefghijkl", "abcd1234abcd", "football1234",
			"baseball1234", "sunshine1234", "princess1234", "superman1234", "trustno1trustno1",
			"correcthorsebatterystaple", "partnerportal", "partner portal", "partnerportal1");

	private PasswordPolicy() {
	}

	/**
	 * @param password the password as typed; it is stored as typed, so its length in
	 * bytes is checked as typed too
	 * @param email the e-mail address of the account it is for
	 * @return why the password is not acceptable, or empty if it is
	 */
	public static Optional<PasswordProblem> check(String password, String email) {
		String stripped = password.strip();
		if (stripped.codePointCount(0, stripped.length()) < MIN_LENGTH) {
			return Optional.of(PasswordProblem.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(PasswordProblem.TOO_LONG);
		}
		String lowerCase = stripped.toLowerCase(Locale.ROOT);
		if (lowerCase.equals(email.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(PasswordProblem.SAME_AS_EMAIL);
		}
		if (COMMON.contains(lowerCase) || oneCharacterRepeated(lowerCase)) {
			return Optional.of(PasswordProblem.TOO_COMMON);
		}
		return Optional.empty();
	}

	/**
	 * Spaces between the repetitions do not make it stronger: "a a a a a a a" is one
	 * character repeated too.
	 */
	private static boolean oneCharacterRepeated(String password) {
		return password.codePoints().filter((c) -> !Character.isWhitespace(c)).distinct().count() <= 1;
	}

}
