package com.partnerportal.account;

/**
 * Why {@link PasswordPolicy} refuses a password; callers map it to their own message.
 */
public enum PasswordProblem {

	/**
	 * The password has fewer than {@link PasswordPolicy#MIN_LENGTH} characters, not
	 * counting spaces at either end: a password of spaces alone has none.
	 */
	TOO_SHORT,

	/** The password is longer than the {@link PasswordPolicy#MAX_BYTES} bcrypt reads. */
	TOO_LONG,

	/** The password is the account's own e-mail address, ignoring case. */
	SAME_AS_EMAIL,

	/**
	 * The password is one that attackers try first: on a list of common passwords, or one
	 * character repeated (with or without spaces between).
	 */
	TOO_COMMON

}
